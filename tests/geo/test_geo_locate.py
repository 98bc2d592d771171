"""Finding an event's place in a parsed sentence. Docs are built by hand (words, heads,
dependency labels, entities) so these tests run without a model; the ``slow`` ones parse
with the real spaCy pipeline."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from eventwire.geo import find_location, find_location_in_text, resolve_dateline

VOCAB = spacy.blank("en").vocab


def make_doc(tokens: list[tuple[str, int, str, str]], ents: dict[str, str] | None = None) -> Doc:
    """A Doc from (word, head index, dep, pos) rows; ``ents`` maps a word to its entity label."""
    words = [t[0] for t in tokens]
    spaces = [i + 1 < len(words) and words[i + 1] not in {".", ",", "'s"} for i in range(len(words))]
    labels = []
    for i, word in enumerate(words):
        label = (ents or {}).get(word)
        if label is None:
            labels.append("O")
        else:
            inside = i > 0 and (ents or {}).get(words[i - 1]) == label and labels[-1] != "O"
            labels.append(("I-" if inside else "B-") + label)
    return Doc(VOCAB, words=words, spaces=spaces, heads=[t[1] for t in tokens],
               deps=[t[2] for t in tokens], pos=[t[3] for t in tokens], ents=labels)


# "Beijing denied the claims in Washington ."
BEIJING_DENIED = [
    ("Beijing", 1, "nsubj", "PROPN"), ("denied", 1, "ROOT", "VERB"), ("the", 3, "det", "DET"),
    ("claims", 1, "dobj", "NOUN"), ("in", 1, "prep", "ADP"), ("Washington", 4, "pobj", "PROPN"),
    (".", 1, "punct", "PUNCT"),
]
# "Beijing denied the claims ."
BEIJING_ONLY = [
    ("Beijing", 1, "nsubj", "PROPN"), ("denied", 1, "ROOT", "VERB"), ("the", 3, "det", "DET"),
    ("claims", 1, "dobj", "NOUN"), (".", 1, "punct", "PUNCT"),
]
# "The summit in Washington condemned the war in Ukraine ."
SUMMIT = [
    ("The", 1, "det", "DET"), ("summit", 4, "nsubj", "NOUN"), ("in", 1, "prep", "ADP"),
    ("Washington", 2, "pobj", "PROPN"), ("condemned", 4, "ROOT", "VERB"), ("the", 6, "det", "DET"),
    ("war", 4, "dobj", "NOUN"), ("in", 6, "prep", "ADP"), ("Ukraine", 7, "pobj", "PROPN"),
    (".", 4, "punct", "PUNCT"),
]
# "Shells hit the town of Bucha ." (NER missed Bucha)
TOWN_OF = [
    ("Shells", 1, "nsubj", "NOUN"), ("hit", 1, "ROOT", "VERB"), ("the", 3, "det", "DET"),
    ("town", 1, "dobj", "NOUN"), ("of", 3, "prep", "ADP"), ("Bucha", 4, "pobj", "PROPN"),
    (".", 1, "punct", "PUNCT"),
]
# "Crowds gathered in the town of Bucha ."
IN_TOWN_OF = [
    ("Crowds", 1, "nsubj", "NOUN"), ("gathered", 1, "ROOT", "VERB"), ("in", 1, "prep", "ADP"),
    ("the", 4, "det", "DET"), ("town", 2, "pobj", "NOUN"), ("of", 4, "prep", "ADP"),
    ("Bucha", 5, "pobj", "PROPN"), (".", 1, "punct", "PUNCT"),
]
# "Protesters marched in Kharkiv ." (NER called Kharkiv a person)
KHARKIV_PERSON = [
    ("Protesters", 1, "nsubj", "NOUN"), ("marched", 1, "ROOT", "VERB"), ("in", 1, "prep", "ADP"),
    ("Kharkiv", 2, "pobj", "PROPN"), (".", 1, "punct", "PUNCT"),
]
# "Leaders met at the Washington summit ."
MODIFIER = [
    ("Leaders", 1, "nsubj", "NOUN"), ("met", 1, "ROOT", "VERB"), ("at", 1, "prep", "ADP"),
    ("the", 5, "det", "DET"), ("Washington", 5, "compound", "PROPN"), ("summit", 2, "pobj", "NOUN"),
    (".", 1, "punct", "PUNCT"),
]
# "China accused Russia ."
ACTORS_ONLY = [
    ("China", 1, "nsubj", "PROPN"), ("accused", 1, "ROOT", "VERB"), ("Russia", 1, "dobj", "PROPN"),
    (".", 1, "punct", "PUNCT"),
]
# "Crowds gathered in Kyiv , Ukraine ."
WITH_COUNTRY = [
    ("Crowds", 1, "nsubj", "NOUN"), ("gathered", 1, "ROOT", "VERB"), ("in", 1, "prep", "ADP"),
    ("Kyiv", 2, "pobj", "PROPN"), (",", 3, "punct", "PUNCT"), ("Ukraine", 3, "appos", "PROPN"),
    (".", 1, "punct", "PUNCT"),
]
# "Floods hit homes in Paris , Texas ."
PARIS_TEXAS = [
    ("Floods", 1, "nsubj", "NOUN"), ("hit", 1, "ROOT", "VERB"), ("homes", 1, "dobj", "NOUN"),
    ("in", 2, "prep", "ADP"), ("Paris", 3, "pobj", "PROPN"), (",", 4, "punct", "PUNCT"),
    ("Texas", 4, "appos", "PROPN"), (".", 1, "punct", "PUNCT"),
]
# "He spoke at a rally in Reading ."
READING = [
    ("He", 1, "nsubj", "PRON"), ("spoke", 1, "ROOT", "VERB"), ("at", 1, "prep", "ADP"),
    ("a", 4, "det", "DET"), ("rally", 2, "pobj", "NOUN"), ("in", 4, "prep", "ADP"),
    ("Reading", 5, "pobj", "PROPN"), (".", 1, "punct", "PUNCT"),
]


# "U.S. troops withdrew ."
ACTOR_MODIFIER = [
    ("U.S.", 1, "compound", "PROPN"), ("troops", 2, "nsubj", "NOUN"), ("withdrew", 2, "ROOT", "VERB"),
    (".", 2, "punct", "PUNCT"),
]
# "The G7 met in Cornwall , England ."
CORNWALL = [
    ("The", 1, "det", "DET"), ("G7", 2, "nsubj", "PROPN"), ("met", 2, "ROOT", "VERB"), ("in", 2, "prep", "ADP"),
    ("Cornwall", 3, "pobj", "PROPN"), (",", 4, "punct", "PUNCT"), ("England", 4, "appos", "PROPN"),
    (".", 2, "punct", "PUNCT"),
]
# "Envoys met in Washington , Georgia and Moscow ."
LIST = [
    ("Envoys", 1, "nsubj", "NOUN"), ("met", 1, "ROOT", "VERB"), ("in", 1, "prep", "ADP"),
    ("Washington", 2, "pobj", "PROPN"), (",", 3, "punct", "PUNCT"), ("Georgia", 3, "conj", "PROPN"),
    ("and", 5, "cc", "CCONJ"), ("Moscow", 5, "conj", "PROPN"), (".", 1, "punct", "PUNCT"),
]


def _span(doc: Doc, word: str) -> tuple[int, int]:
    token = next(t for t in doc if t.text == word)
    return token.idx, token.idx + len(token.text)


def test_locative_place_after_actor_capital() -> None:
    doc = make_doc(BEIJING_DENIED, {"Beijing": "GPE", "Washington": "GPE"})
    location = find_location(doc[:], actor_spans={_span(doc, "Beijing")})
    assert (location.name, location.country) == ("Washington", "USA")


def test_capital_acting_is_not_the_location_even_without_actor_span() -> None:
    doc = make_doc(BEIJING_ONLY, {"Beijing": "GPE"})
    assert find_location(doc[:]) is None


def test_capital_acting_falls_back_to_dateline() -> None:
    doc = make_doc(BEIJING_ONLY, {"Beijing": "GPE"})
    location = find_location(doc[:], actor_spans={_span(doc, "Beijing")}, dateline="KYIV, Ukraine")
    assert (location.name, location.country) == ("Kyiv", "UKR")


def test_place_nearest_the_root_wins() -> None:
    doc = make_doc(SUMMIT, {"Washington": "GPE", "Ukraine": "GPE"})
    assert find_location(doc[:]).name == "Washington"


def test_town_of_as_object_is_where_it_happened() -> None:
    # A name a place noun introduces is a place in any slot: shells that hit the town of Bucha
    # fell in Bucha (this was None, and the event took the dateline's city instead).
    doc = make_doc(TOWN_OF)
    assert find_location(doc[:], dateline="KYIV, Ukraine (AP) —").name == "Bucha"


def test_town_of_as_object_loses_to_a_locative_place() -> None:
    # "Shells hit the town of Bucha in Kharkiv ." is odd but a stated "in X" still ranks first.
    words = TOWN_OF[:-1] + [("in", 1, "prep", "ADP"), ("Kharkiv", 6, "pobj", "PROPN"), (".", 1, "punct", "PUNCT")]
    assert find_location(make_doc(words, {"Kharkiv": "GPE"})[:]).name == "Kharkiv"


# "Drones struck a refinery in Russia 's Belgorod region ." (NER called Belgorod a nationality)
REGION = [
    ("Drones", 1, "nsubj", "NOUN"), ("struck", 1, "ROOT", "VERB"), ("a", 3, "det", "DET"),
    ("refinery", 1, "dobj", "NOUN"), ("in", 3, "prep", "ADP"), ("Russia", 8, "poss", "PROPN"),
    ("'s", 5, "case", "PART"), ("Belgorod", 8, "compound", "PROPN"), ("region", 4, "pobj", "NOUN"),
    (".", 1, "punct", "PUNCT"),
]


def test_mislabelled_name_of_a_region_after_in() -> None:
    doc = make_doc(REGION, {"Russia": "GPE", "Belgorod": "NORP"})
    location = find_location(doc[:], actor_spans={_span(doc, "Russia")})
    assert (location.name, location.country) == ("Belgorod", "RUS")


def test_place_tagged_as_an_organisation_after_in() -> None:
    doc = make_doc(KHARKIV_PERSON, {"Kharkiv": "ORG"})
    assert find_location(doc[:]).name == "Kharkiv"
    # An organisation whose name is only a place's alternate name stays no place.
    words = [("Engineers", 1, "nsubj", "NOUN"), ("worked", 1, "ROOT", "VERB"), ("at", 1, "prep", "ADP"),
             ("Google", 2, "pobj", "PROPN"), (".", 1, "punct", "PUNCT")]
    assert find_location(make_doc(words, {"Google": "ORG"})[:]) is None
    words[3] = ("Congress", 2, "pobj", "PROPN")
    assert find_location(make_doc(words, {"Congress": "ORG"})[:]) is None


def test_in_the_town_of() -> None:
    doc = make_doc(IN_TOWN_OF)
    assert find_location(doc[:]).name == "Bucha"


def test_mislabelled_place_after_in() -> None:
    doc = make_doc(KHARKIV_PERSON, {"Kharkiv": "PERSON"})
    assert find_location(doc[:]).name == "Kharkiv"


def test_place_tagged_as_a_nationality_after_in() -> None:
    # The small model tags less-known cities as NORP ('in Omdurman'): they were never places,
    # so the shelling of Omdurman had no location. After 'in', 'near'... they are.
    doc = make_doc(KHARKIV_PERSON, {"Kharkiv": "NORP"})
    assert find_location(doc[:]).name == "Kharkiv"
    words = [("Police", 1, "nsubj", "NOUN"), ("arrested", 1, "ROOT", "VERB"), ("Kurds", 1, "dobj", "PROPN"),
             ("in", 1, "prep", "ADP"), ("Kurdish", 3, "pobj", "PROPN"), (".", 1, "punct", "PUNCT")]
    assert find_location(make_doc(words, {"Kurds": "NORP", "Kurdish": "NORP"})[:]) is None


def test_modifier_place() -> None:
    doc = make_doc(MODIFIER, {"Washington": "GPE"})
    assert find_location(doc[:]).country == "USA"


def test_place_modifying_an_actor_noun_is_not_a_location() -> None:
    doc = make_doc(ACTOR_MODIFIER, {"U.S.": "GPE"})
    assert find_location(doc[:]) is None


def test_stated_context_is_binding() -> None:
    # Cornwall, England: the county, not the bigger city of Cornwall, Ontario.
    doc = make_doc(CORNWALL, {"Cornwall": "GPE", "England": "GPE", "G7": "ORG"})
    location = find_location(doc[:])
    assert (location.name, location.country) == ("Cornwall", "GBR")
    # A place the gazetteer lacks inside the stated country: the country's part, not abroad.
    doc = make_doc([(w.replace("Cornwall", "Tintagel"), h, d, p) for w, h, d, p in CORNWALL],
                   {"Tintagel": "GPE", "England": "GPE", "G7": "ORG"})
    location = find_location(doc[:])
    assert (location.name, location.country) == ("England", "GBR")


def test_list_of_places_is_not_context() -> None:
    doc = make_doc(LIST, {"Washington": "GPE", "Georgia": "GPE", "Moscow": "GPE"})
    location = find_location(doc[:])
    assert (location.name, location.country) == ("Washington", "USA")


# "Russian forces shelled Kharkiv overnight ."
SHELLED = [
    ("Russian", 1, "amod", "ADJ"), ("forces", 2, "nsubj", "NOUN"), ("shelled", 2, "ROOT", "VERB"),
    ("Kharkiv", 2, "dobj", "PROPN"), ("overnight", 2, "advmod", "ADV"), (".", 2, "punct", "PUNCT"),
]


def test_a_city_undergoing_the_action_is_where_it_happened() -> None:
    # It was no place, and the event took the dateline's city: "WASHINGTON (Reuters) -
    # Russian forces shelled Kharkiv" happened in Kharkiv, not in Washington.
    doc = make_doc(SHELLED, {"Kharkiv": "GPE"})
    location = find_location(doc[:], dateline="WASHINGTON (Reuters) -")
    assert (location.name, location.country) == ("Kharkiv", "UKR")


def test_a_capital_or_country_undergoing_the_action_is_an_actor() -> None:
    for name in ("Kyiv", "Ukraine", "Texas"):
        words = [(name if w == "Kharkiv" else w, h, d, p) for w, h, d, p in SHELLED]
        assert find_location(make_doc(words, {name: "GPE"})[:]) is None, name


def test_a_city_undergoing_the_action_loses_to_a_stated_place() -> None:
    # "Russian forces shelled Kharkiv from positions near Belgorod ."
    words = SHELLED[:4] + [("from", 2, "prep", "ADP"), ("positions", 4, "pobj", "NOUN"), ("near", 5, "prep", "ADP"),
                           ("Belgorod", 6, "pobj", "PROPN"), (".", 2, "punct", "PUNCT")]
    assert find_location(make_doc(words, {"Kharkiv": "GPE", "Belgorod": "GPE"})[:]).name == "Belgorod"


def test_subject_and_object_countries_are_actors() -> None:
    doc = make_doc(ACTORS_ONLY, {"China": "GPE", "Russia": "GPE"})
    assert find_location(doc[:]) is None
    assert find_location(doc[:], dateline="MOSCOW").name == "Moscow"


def test_country_after_comma_is_context() -> None:
    doc = make_doc(WITH_COUNTRY, {"Kyiv": "GPE", "Ukraine": "GPE"})
    assert find_location(doc[:]).name == "Kyiv"
    doc = make_doc(PARIS_TEXAS, {"Paris": "GPE", "Texas": "GPE"})
    location = find_location(doc[:])
    assert (location.name, location.admin1) == ("Paris", "Texas")


def test_stop_word_place_needs_context() -> None:
    doc = make_doc(READING, {"Reading": "GPE"})
    assert find_location(doc[:]) is None
    assert find_location(doc[:], country_hint="GBR").country == "GBR"


@pytest.mark.parametrize(
    ("dateline", "name", "country"),
    [
        ("WASHINGTON", "Washington", "USA"),
        ("KYIV, Ukraine", "Kyiv", "UKR"),
        ("Paris, Texas (AP) —", "Paris", "USA"),
        ("LONDON (Reuters) -", "London", "GBR"),
        ("NICE, France", "Nice", "FRA"),
    ],
)
def test_resolve_dateline(dateline: str, name: str, country: str) -> None:
    location = resolve_dateline(dateline)
    assert (location.name, location.country) == (name, country)


def test_dateline_without_place() -> None:
    assert resolve_dateline("READING") is None
    assert resolve_dateline("(Reuters) -") is None


def test_text_fallback() -> None:
    sentence = "Beijing denied the claims made at the summit in Washington on Thursday."
    location = find_location_in_text(sentence, actor_spans={(0, 7)})
    assert location.name == "Washington"
    assert find_location_in_text("Beijing denied the claims.", actor_spans={(0, 7)}, dateline="LONDON").name == "London"


@pytest.fixture(scope="module")
def nlp():
    from eventwire.nlp import load_nlp

    return load_nlp()


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "actor", "expected"),
    [
        ("The alliance's summit in Washington between 6-11 July ended with a rebuke of China over "
         "its support for Russia's war in Ukraine.", None, ("Washington", "USA")),
        ("Beijing denied the accusations on Tuesday.", "Beijing", None),
        ("Moscow rejected the statement and summoned the envoy.", "Moscow", None),
        ("The Chinese embassy in Washington rejected the accusations.", "The Chinese embassy", ("Washington", "USA")),
        ("Moscow said its forces had captured a village near Donetsk.", "Moscow", ("Donetsk", "UKR")),
        ("Hundreds of people protested in Kyiv, Ukraine, on Sunday.", None, ("Kyiv", "UKR")),
        ("Last week, Russian forces shelled the city of Sumy.", None, ("Sumy", "UKR")),
        ("The strike hit an apartment block in Sumy.", None, ("Sumy", "UKR")),
        ("Russian troops captured Avdiivka after months of fighting.", None, ("Avdiyivka", "UKR")),
        ("Israel accused Tehran of arming the militia.", None, None),
        ("The European Union sanctioned Minsk over the crackdown.", None, None),
        ("Trump visited Austin on Monday.", "Trump", ("Austin", "USA")),
        ("Biden praised Erdogan.", "Biden", None),
        ("On March 3, Ukrainian drones struck an oil refinery in Russia's Belgorod region.", "Russia",
         ("Belgorod", "RUS")),
        ("Leaders met after their meeting in Washington ended.", None, ("Washington", "USA")),
    ],
)
def test_real_parse(nlp, sentence: str, actor: str | None, expected: tuple[str, str] | None) -> None:
    doc = nlp(sentence)
    actors = set()
    if actor:
        start = sentence.index(actor)
        actors.add((start, start + len(actor)))
    location = find_location(doc[:], actor_spans=actors)
    assert (None if location is None else (location.name, location.country)) == expected
