"""Where an event happened: the place a sentence puts it, else the article's dateline.

A place counts when the sentence places something there: the object of a locative preposition
("in Washington", "near Donetsk", "in the town of Bucha") or a place name modifying a noun
("the Washington summit"). A place that acts ("Beijing denied ...", "accused China") is an
actor, not a location: it is skipped when it overlaps an actor span or fills a subject, object
or possessor slot, except a city (no capital) that undergoes the action ("shelled Kharkiv",
"Bakhmut was captured"), or a name a place noun introduces ("the town of Bucha"). Among the
places left, a locative one nearest the root of the parse wins (the summit's place, not the
place of a war mentioned in a subordinate clause), then a modifier or named one, then a city
undergoing the action; with none, the dateline's place.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from eventwire.geo.gazetteer import get_gazetteer, name_key
from eventwire.geo.resolve import is_country_or_state, resolve_place, resolve_strict
from eventwire.records import Location

log = logging.getLogger(__name__)

LOCATIVE = frozenset({"in", "at", "near", "outside", "inside", "across", "around", "throughout",
                      "within", "nearby", "off", "along", "beyond"})
PLACE_NOUNS = frozenset({"town", "city", "village", "region", "province", "district", "capital",
                         "port", "county", "state", "area", "suburb", "island", "outskirts"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Labels that are never a place, even after "in" ("in July", "at 5 pm"). NORP and ORG are not
# among them: the small model tags less-known cities so ("in Omdurman", "in Sumy"); such a name
# counts only after a locative preposition, only when the gazetteer knows it ("in Kurdish",
# "in Congress" do not) and never inside an actor mention ("at NATO").
NOT_PLACE_LABELS = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY",
                              "ORDINAL", "CARDINAL", "EVENT", "LAW", "LANGUAGE", "WORK_OF_ART",
                              "PRODUCT"})
MODIFIER_DEPS = frozenset({"compound", "nmod", "amod"})
# Nouns a place name can modify and still say where something happened ("the Washington summit",
# "the Jenin camp", "the Donetsk region"); "U.S. troops" or "Texas Democrats" say who, not where.
MODIFIER_HEADS = frozenset(
    """summit summits talks meeting meetings conference rally rallies protest protests attack attacks
    bombing bombings strike strikes shooting shootings raid raids explosion explosions blast blasts
    airport camp hospital massacre siege offensive clashes riot riots ceremony visit trip
    negotiations forum region province area border coast desert city town village countryside
    capital outskirts suburbs district port base embassy""".split()
)


def _overlaps(start: int, end: int, spans: Iterable[tuple[int, int]]) -> bool:
    return any(start < s_end and s_start < end for s_start, s_end in spans)


def _depth(token: Any) -> int:
    depth = 0
    while token.head.i != token.i and depth < 50:
        token = token.head
        depth += 1
    return depth


def _role(token: Any) -> tuple[str, Any] | None:
    """("locative" | "modifier" | "named", anchor token) for a place's head token, or None if it
    acts; "named" is a name a place noun introduces ("the town of Bucha") outside a locative."""
    seen = 0
    while token.dep_ in ("conj", "appos") and seen < 5:  # "in Kyiv and Lviv", "in Kyiv, the capital"
        token = token.head
        seen += 1
    head = token.head
    if token.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in PLACE_NOUNS:
        # "the town of Bucha": the place noun carries the role; named so, it is a place in any
        # slot ("shelled the town of Bucha": the shelling happened there; a town never acts).
        return _role(head.head) or ("named", head.head)
    if token.dep_ == "pobj" and head.lower_ in LOCATIVE:
        return "locative", head.head
    if token.dep_ in MODIFIER_DEPS:
        while head.dep_ == "compound" and head.head.i != head.i:  # "Jenin refugee camp"
            head = head.head
        outer = _role(head) if head.lower_ in PLACE_NOUNS else None
        if outer is not None and outer[0] == "locative":
            # "in Russia's Belgorod region": the place noun's locative role is the name's.
            return outer
        if head.lower_ in MODIFIER_HEADS:
            return "modifier", head
    return None


# A city that undergoes the action ("shelled Kharkiv", "Bakhmut was captured") is where it
# happened; a capital or a country in those slots names its government ("accused Beijing").
UNDERGOER_DEPS = frozenset({"dobj", "nsubjpass"})
# Verbs whose object is a place when it is one: the small model tags less-known cities as
# persons or organisations ("captured Avdiivka"), so those count only after these verbs.
PLACE_VERBS = frozenset(
    """shell bomb bombard strike hit attack raid storm capture seize retake recapture take liberate
    besiege encircle surround overrun occupy evacuate flood visit tour""".split()
)


def _undergoer(token: Any) -> Any:
    """The verb a place's head token is the object (or passive subject) of, else None."""
    while token.dep_ in ("conj", "appos") and token.head.i != token.i:
        token = token.head
    if token.dep_ in UNDERGOER_DEPS and token.head.pos_ in ("VERB", "AUX"):
        return token.head
    return None


def _context_after(span: Any, end_token: int) -> str | None:
    """The country or division named right after a place ("Kyiv, Ukraine"; "Paris, Texas"),
    unless the two are items of a list ("in Washington, Beijing and Moscow")."""
    doc = span.doc
    if end_token + 1 >= len(doc) or doc[end_token].text != ",":
        return None
    following = end_token + 1
    while following < len(doc) and doc[following].is_space:  # "San Jose,\xa0California"
        following += 1
    for ent in span.ents:
        if ent.start == following and ent.label_ in PLACE_LABELS and is_country_or_state(ent.text):
            after = doc[ent.end] if ent.end < len(doc) else None
            if after is not None and after.lower_ in ("and", "or"):
                return None
            if after is not None and after.text == "," and ent.end + 1 < len(doc) and doc[ent.end + 1].ent_type_:
                return None
            return ent.text
    return None


def _candidates(span: Any) -> list[tuple[int, int, str, int, int]]:
    """(start token, end token, label, start char, end char) of possible place mentions."""
    ents = span.ents  # a Span's ents are worked out from the whole Doc's on each access
    found = [(e.start, e.end, e.label_, e.start_char, e.end_char) for e in ents]
    covered = {i for e in ents for i in range(e.start, e.end)}
    for token in span:
        # Proper nouns after "in", "near", "the town of" ... that NER missed.
        if token.i in covered or token.pos_ != "PROPN" or token.dep_ != "pobj":
            continue
        head = token.head
        if head.lower_ in LOCATIVE or (head.lower_ == "of" and head.head.lower_ in PLACE_NOUNS):
            first = min([token.i] + [c.i for c in token.lefts if c.dep_ == "compound"])
            found.append((first, token.i + 1, "", span.doc[first].idx, token.idx + len(token.text)))
    return found


def _strip_article(text: str) -> str:
    return text[4:] if text[:4].lower() == "the " else text


def find_location(
    doc_sentence_span: Any,
    *,
    actor_spans: Iterable[tuple[int, int]] = (),
    dateline: str | None = None,
    country_hint: str | None = None,
) -> Location | None:
    """The place a parsed sentence (a spaCy Span) puts its event in, else the dateline's place.

    ``actor_spans`` are character spans (in the Doc's text) of actor mentions; a place inside
    one acts and is not the location. ``country_hint`` (e.g. the dateline's country) weights
    candidates of that country.
    """
    span = doc_sentence_span
    doc = span.doc
    actors = list(actor_spans)
    ranked: list[tuple[tuple[int, int, int], str, str | None, str]] = []
    for start, end, label, start_char, end_char in _candidates(span):
        if label in NOT_PLACE_LABELS or _overlaps(start_char, end_char, actors):
            continue
        root = doc[start:end].root
        role = _role(root)
        if role is None and (verb := _undergoer(root)) is not None and (
                label in PLACE_LABELS or verb.lemma_.lower() in PLACE_VERBS):
            role = ("undergoer", verb)
        if role is None:
            continue
        kind, anchor = role
        if label not in PLACE_LABELS and kind == "modifier" or (kind == "undergoer" and label == "NORP"):
            continue  # an untagged, PERSON-, NORP- or ORG-tagged name counts only after "in", "at", "the town of"
        context = _context_after(span, end)
        name = _strip_article(doc[start:end].text)
        rank = {"locative": 0, "undergoer": 2}.get(kind, 1)
        ranked.append(((rank, _depth(anchor), start), name, context, label))
    for (rank, _, _), name, context, label in sorted(ranked, key=lambda item: item[0]):
        if rank == 2:
            location = _city_not_capital(name, context, country_hint)
        else:
            location = _resolve_mention(name, context, country_hint)
        if location is None:
            continue
        if label == "ORG" and name_key(location.name) != name_key(name):
            # An organisation's name that is only some place's alternate name ("at Google"
            # is an old nickname of Topeka) is the organisation; "in Sumy" is the city.
            continue
        return location
    return resolve_dateline(dateline, hint=country_hint) if dateline else None


def _resolve_mention(name: str, context: str | None, hint: str | None, *, fallback: bool = False) -> Location | None:
    """Resolve a place mention; with a stated context ("Cornwall, England") only inside it,
    unless ``fallback`` (the text-only reader, whose contexts are guesses)."""
    if context:
        location = resolve_strict(name, context)
        if location is not None or not fallback:
            return location
    return resolve_place(name, hint=hint)


def _city_not_capital(name: str, context: str | None, hint: str | None) -> Location | None:
    """A place undergoing the action counts only as a city that is no capital."""
    if is_country_or_state(name):
        return None
    location = _resolve_mention(name, context, hint)
    if location is None or location.geonames_id is None:
        return None
    place = next((e.place for e in get_gazetteer().lookup(name) if e.place.geonames_id == location.geonames_id), None)
    return location if place is not None and place.kind == "city" and not place.capital else None


_DATELINE_NOISE = re.compile(r"\s*(?:\(.*?\)|[-–—:]+)\s*$")


@lru_cache(maxsize=4096)
def resolve_dateline(dateline: str, *, hint: str | None = None) -> Location | None:
    """The place of a dateline: "WASHINGTON", "KYIV, Ukraine", "Paris, Texas (AP) —"."""
    text, previous = dateline.strip(), None
    while text != previous:  # "LONDON (Reuters) -": drop the dash, then the agency
        previous, text = text, _DATELINE_NOISE.sub("", text).strip(" ,")
    if not text:
        return None
    whole = resolve_place(text, hint=hint)
    if whole is not None:
        return whole
    parts = [p.strip() for p in text.split(",") if p.strip()]
    if len(parts) >= 2:
        location = resolve_strict(parts[0], parts[1])
        if location is not None:
            return location
    return resolve_place(parts[0], hint=hint) if parts else None


# Text-only fallback, for sentences without a parse: "in/at/near" + capitalised words.
_LOCATIVE_TEXT = re.compile(
    r"\b(?:in|at|near|outside)\s+(?:the\s+(?:town|city|village|region|province)\s+of\s+)?"
    r"(?P<name>[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|of|al|el|de|upon))*)(?:,\s+(?P<ctx>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*))?"
)


def find_location_in_text(
    sentence: str,
    *,
    actor_spans: Iterable[tuple[int, int]] = (),
    offset: int = 0,
    dateline: str | None = None,
    country_hint: str | None = None,
) -> Location | None:
    """``find_location`` for an unparsed sentence: the first "in/at/near X" that resolves.

    ``offset`` is the sentence's start in the text that ``actor_spans`` index.
    """
    actors = list(actor_spans)
    for match in _LOCATIVE_TEXT.finditer(sentence):
        start, end = match.start("name") + offset, match.end("name") + offset
        if _overlaps(start, end, actors):
            continue
        words = match.group("name").split()
        # Try the longest name first, then shorter ones ("in Washington Thursday" -> "Washington").
        for size in range(len(words), 0, -1):
            location = _resolve_mention(" ".join(words[:size]), match.group("ctx"), country_hint, fallback=True)
            if location is not None:
                return location
    return resolve_dateline(dateline, hint=country_hint) if dateline else None
