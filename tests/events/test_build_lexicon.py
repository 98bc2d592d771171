import gzip

import pytest

from eventwire.events import build_lexicon
from eventwire.events.verb_files import read_verbs_tsv

pytestmark = pytest.mark.shared


def test_build_matches_shipped_tables(shared_events):
    from importlib import resources

    base = resources.files("eventwire").joinpath("data/events")
    assert build_lexicon.build_cameo_tsv(shared_events) == base.joinpath("cameo.tsv").read_text("utf-8")
    built = build_lexicon.build_verbs_tsv(shared_events)
    assert built == gzip.decompress(base.joinpath("verbs.tsv.gz").read_bytes()).decode("utf-8")
    entries = list(read_verbs_tsv(built))
    assert any(e.lemma == "accuse" and e.code == "112" and not e.post for e in entries)


def test_appeals_map_to_request(shared_events):
    table = build_lexicon.read_plover(shared_events / "codebooks" / "CAMEO2PLOVER-2021.txt")
    assert table["0211"][0] == "REQUEST" and table["1011"][0] == "REQUEST"
    assert table["190"][0] == "ASSAULT"


def test_a_supplement_default_replaces_cameos_block_default():
    # CAMEO 2.0 files NEGOTIATE, MEDIATE, FREE ... under 080 "yield", RALLY under 150 (a show of
    # military force), SUE under 173 (arrest), VETO under 172; the supplement's own default for
    # such a verb replaces CAMEO's instead of tying with it (a tie goes to the classifier)
    from eventwire.events.lexicon import get_lexicon

    lexicon = get_lexicon()
    for lemma, code in (("negotiate", "046"), ("mediate", "045"), ("free", "0841"), ("rally", "141"),
                        ("sue", "115"), ("veto", "129")):
        bare = {e.code for e in lexicon.verbs[lemma] if not e.pre and not e.post}
        assert bare == {code}, lemma


def test_a_supplement_pattern_replaces_cameos_pattern_of_another_type():
    # "negotiate release" is 0831 in CAMEO 2.0 (a resignation, RETREAT) and 046 in the
    # supplement (CONSULT); "expel diplomats" 174 (COERCE) and 161 (SANCTION). Only the
    # supplement's stays; one of the same PLOVER type is kept beside it.
    from eventwire.events.lexicon import get_lexicon

    lexicon = get_lexicon()
    for lemma, word, code in (("negotiate", "release", "046"), ("expel", "diplomats", "161")):
        found = {e.code for e in lexicon.verbs[lemma] if not e.pre and len(e.post) == 1 and e.post[0] == {word}}
        assert found == {code}, lemma
