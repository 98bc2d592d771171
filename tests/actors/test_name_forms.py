"""Names whose article is part of them, and country words shared by coordinated kinds (loads the
model: slow)."""

import pytest

pytestmark = pytest.mark.slow


def test_a_name_with_its_article_beats_the_kind_its_last_word_names(tmp_path):
    from eventwire.actors.resolver import ActorResolver
    from eventwire.nlp import parse

    actors = tmp_path / "Test.actors.txt"
    # a nickname known only with its article; without it "Kingdom" reads as a government
    actors.write_text("NORTH_KOREA  [PRK]\n+THE_HERMIT_KINGDOM\n", encoding="utf-8")
    resolver = ActorResolver.load([actors], user=None)
    text = "The Hermit Kingdom fired two artillery shells at Seoul on Thursday."
    found = {text[s:e]: a.code for (s, e), a in resolver.resolve_doc(parse(text)).items()}
    assert found.get("Hermit Kingdom") == "PRK"


def _codes(text: str) -> dict[str, str]:
    from eventwire.actors.resolver import ActorResolver
    from eventwire.nlp import parse

    resolver = ActorResolver.load(user=None)
    return {text[s:e]: a.code for (s, e), a in resolver.resolve_doc(parse(text)).items()}


def test_coordinated_kinds_share_the_country_word_before_the_first():
    assert _codes("Iraqi police and soldiers arrested protesters from Kuwait.").get("soldiers") == "IRQMIL"
    assert _codes("The Danish media and government warned Norway about the storm.").get("government") == "DNKGOV"


def test_a_conjunct_with_its_own_determiner_does_not_share_it():
    assert _codes("Iraqi police and the soldiers arrested protesters from Kuwait.").get("soldiers") != "IRQMIL"


def test_an_organisation_named_by_its_city_is_a_place_after_in():
    assert "Brussels" not in _codes("Armenia's prime minister and Azerbaijan's president met in Brussels.")
    assert _codes("Hungary criticised Brussels over the sanctions.").get("Brussels") == "IGOEEC"


def test_a_capital_a_message_comes_from_is_its_government():
    assert _codes("The Kremlin rejected a ceasefire proposal from Kyiv.").get("Kyiv") == "UKRGOV"
    assert "Kyiv" not in _codes("Refugees from Kyiv arrived in Poland.")


def test_a_name_written_as_a_common_word_is_no_actor():
    # "jersey" is the Crown dependency and "store" a Norwegian prime minister's surname only
    # when written as names
    found = _codes("The store was robbed by a man in a red jersey, police said.")
    assert "store" not in found and "red jersey" not in found
    assert _codes("russia attacked ukraine on monday.").get("russia") == "RUS"  # a lower-case text keeps its names


def test_a_country_name_as_a_persons_surname_is_no_country():
    found = _codes("Eddie Jordan, the district attorney, charged the suspect.")
    assert found.get("Eddie Jordan") is None
    assert _codes("King Abdullah of Jordan met the Israeli prime minister.").get("King Abdullah of Jordan") == "JORGOV"
