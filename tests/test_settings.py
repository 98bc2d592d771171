import pytest

from eventwire.settings import load_settings


def test_defaults_come_from_shipped_file():
    settings = load_settings()
    assert settings.db == "eventwire.db"
    assert settings.article_stages[0] == "extract"
    assert settings.n_workers >= 1


def test_overrides_and_none_ignored():
    settings = load_settings(db="x.db", workers=None)
    assert settings.db == "x.db" and settings.workers == 0


def test_unknown_setting_refused():
    with pytest.raises(TypeError):
        load_settings(colour="blue")
