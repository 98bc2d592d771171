from eventwire.events.lexicon import Lexicon
from eventwire.events.verb_files import VerbEntry, parse_petrarch_verbs, read_verbs_tsv, write_verbs_tsv

SAMPLE = """
&WEAPON
+GUN
+ROCKET LAUNCHER

---  FIRE   [190]  ---
FIRE
+OPEN_FIRE [193]
SHOOT {SHOOTS SHOT}
- * &WEAPON                                     [194]   # FIRE
- * (AT PROTESTERS)                             [175]   # FIRE
- * (IN &UPRISING)                              [145]   # FIRE
- * WARNING (SHOTS)                             [138:139]
- * SALUTE                                      [---]

---  MUSE   [---]  ---
MUSE
- * ALOUD                                       [010]
"""


def test_parse_petrarch_verbs_reads_blocks_codes_and_synsets():
    entries = list(parse_petrarch_verbs(SAMPLE))
    by = {(e.lemma, e.code, e.post) for e in entries}
    assert ("fire", "190", ()) in by
    assert ("open", "193", (frozenset({"fire"}),)) in by  # multi-word verb: its particle is a word
    assert ("shoot", "190", ()) in by
    weapons = [e for e in entries if e.lemma == "shoot" and e.code == "194"]
    assert weapons and weapons[0].post == (frozenset({"gun", "rocket launcher"}),)
    assert any(e.code == "138" for e in entries)  # "138:139": the first code
    assert not any(e.lemma == "muse" and not e.post for e in entries)  # [---]: no default
    assert not any(e.post == (frozenset({"salute"}),) for e in entries)
    # a pattern naming a synonym set the file never defines is not cut down to "fire in"
    assert not any(e.code == "145" for e in entries)


def test_match_prefers_more_words_then_nearer_words():
    lexicon = Lexicon()
    for entry in parse_petrarch_verbs(SAMPLE):
        lexicon.add_verb(entry)
    best = lexicon.match_verb("fire", {"at": 1, "protesters": 2, "gun": 5}, set())
    assert best[0].code in {"175", "194"}
    assert best[0].code == "175"  # two groups beat one
    near = lexicon.match_verb("shoot", {"rocket": 1, "launcher": 2}, set())
    assert near[0].code == "194"  # a synonym-set phrase needs all its words
    assert lexicon.match_verb("fire", set(), set())[0].code == "190"
    assert lexicon.match_verb("sing", {"gun": 1}, set()) == []


def test_stem_match_only_for_long_words():
    lexicon = Lexicon()
    lexicon.add_verb(VerbEntry("accuse", "1123", (), (frozenset({"violat"}),)))
    lexicon.add_verb(VerbEntry("give", "070", (), (frozenset({"aid"}),)))
    assert lexicon.match_verb("accuse", {"violating": 2}, set())
    assert not lexicon.match_verb("give", {"aide": 1}, set())


def test_tsv_round_trip():
    entries = [VerbEntry("fire", "194", (frozenset({"police"}),), (frozenset({"gun", "rocket launcher"}),))]
    assert list(read_verbs_tsv(write_verbs_tsv(entries))) == entries


def test_shipped_lexicon_loads_with_nouns():
    lexicon = Lexicon.load()
    assert lexicon.has_verb("accuse")
    assert lexicon.noun_code("invasion") == "192"
    assert lexicon.match_verb("urge", {"china": 1}, set())[0].code == "020"


def test_arrest_of_protesters_is_an_arrest_not_repression():
    from eventwire.events.lexicon import VerbEntry, arrest_reading, get_lexicon

    # CAMEO's dictionary has "arrest ... protesters" as 175; PLOVER's arrest is COERCE (173).
    entry = VerbEntry("arrest", "175", post=(frozenset({"protesters"}),), origin="arrest")
    assert arrest_reading(entry).code == "173"
    riot = VerbEntry("put", "175", post=(frozenset({"down"}), frozenset({"riot"})), origin="put")
    assert arrest_reading(riot).code == "175"  # "put down a riot" stays repression
    assert not any(e.code == "175" for lemma in ("arrest", "detain") for e in get_lexicon().verbs[lemma])


def test_a_prosecutor_who_accuses_alleges_one_who_charges_charges(code_real):
    # CAMEO 112 accuse (PLOVER ACCUSE): "accuse" borrows CHARGE's legal action (173) in CAMEO 2.0
    said = code_real("The chief prosecutor accused the Croatian government of shielding a fugitive general.")
    assert {e.type for e in said if e.target and e.target.country == "HRV"} == {"ACCUSE"}
    lexicon = Lexicon.load()
    assert not any(e.code.startswith("17") and e.origin not in {"", "accuse"} for e in lexicon.verbs["accuse"])
    assert any(e.code == "1121" and e.pre for e in lexicon.verbs["charge"])  # "a court charged": a charge


def test_a_criminal_charge_is_an_accusation_and_a_sentence_is_not(code_real):
    # CAMEO 173 "arrest, detain, or charge with legal action": PLOVER's ACCUSE allege takes the
    # charge ("charge with a crime", "criminally indict"), COERCE the arrest
    from eventwire.events.lexicon import VerbEntry, charge_reading

    court = VerbEntry("charge", "173", pre=(frozenset({"court"}),), origin="charge")
    assert charge_reading(court).code == "1121"
    jail = VerbEntry("charge", "173", post=(frozenset({"jail"}),), origin="condemn")
    assert charge_reading(jail).code == "173"  # a pattern written for sentencing keeps it
    assert charge_reading(VerbEntry("arrest", "173")).code == "173"
    events = code_real("Kenyan prosecutors charged two Somali men with piracy.")
    assert {e.type for e in events if e.source and e.source.country == "KEN"} == {"ACCUSE"}
