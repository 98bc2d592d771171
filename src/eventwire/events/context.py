"""The country of a vague participant ("troops", "rebels", "demonstrators"), read from its sentence.

The resolver codes "rebels" as REB with no country: it does not know whose rebels. An event
between NGA and "REB" says little, so before an event is made its vague participants take a
country from the sentence, in this order, or the event is not made (a demanding user prefers a
missing event to an imprecise one):

1. a possessive pronoun's owner: "Syria offered *its* troops" -> SYR MIL;
2. a place inside the participant's own phrase: "rebels *in the Ivory Coast*" -> CIV REB;
3. the place of the event: "killed three soldiers *in Baghdad*" -> IRQ;
4. one country for the whole sentence: "Egyptian police dispersed demonstrators" -> EGY CVL,
   for domestic sectors only (civilians, opposition, rebels, police...), never for soldiers;
5. for the same domestic sectors, the one country an article of several sentences is about
   (its places and country actors, counted: "the government", "the police", "crowds" in a
   report datelined MAPUTO about protests in Mozambique's capital are Mozambique's, as a coder
   reading the whole article codes them). Not for a report about several countries.

Places are looked up among country names and capitals (the actor knowledge base) and GeoNames
cities of at least ``actors.placing.CITY_MIN_POPULATION`` people (the where/when stage's gazetteer,
``geo/gazetteer.py``).
"""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import date
from typing import Any

from eventwire.actors.dateline_home import dateline_country
from eventwire.actors.placing import named_place_country, place_key
from eventwire.events.belonging import phrase_owner
from eventwire.events.described_places import described_place, device_went_off, names_a_place
from eventwire.events.find import PRONOUNS, ActorIndex, ActorRef, resolve_pronoun
from eventwire.events.lexicon import get_lexicon
from eventwire.events.people import fled_country, hometown_country
from eventwire.events.places import LOCATIVE_PREPS
from eventwire.records import Actor

log = logging.getLogger(__name__)

INTERNATIONAL = ("IGO", "NGO", "IMG")
# Sectors that a sentence about one country may lend its country to.
DOMESTIC = frozenset(
    {
        "CVL",
        "OPP",
        "REB",
        "COP",
        "GOV",
        "PTY",
        "JUD",
        "LEG",
        "CRM",
        "UNK",
        "LAB",
        "EDU",
        "BUS",
        "MED",
        "REF",
        "HLH",
        "ELI",
        "SPY",
        # journalists, civil society groups and farmers in a sentence about one country are
        # its own (not REL: a religious community crosses borders, "Sunni clerics in Jordan")
        "JRN",
        "SOC",
        "AGR",
        "UAF",
    }
)
DIRECTIONS = frozenset({
    "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "centre",
    "center", "outskirts", "heart", "border", "suburbs", "part", "parts", "area", "region",
})  # fmt: skip
COMPASS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"})
PLACE_PREPS = frozenset({"in", "at", "near", "inside", "outside", "from", "across", "throughout"})
DESTINATION_PREPS = frozenset({"to", "into"})
# Where an event happens (not where it comes from): the place that stands for an unnamed target.
EVENT_PREPS = frozenset({"in", "at", "near", "inside", "into", "across", "throughout"})
# Territories and regions with an undisputed country that the gazetteer (countries, capitals,
# cities) does not hold; names as keys.
TERRITORIES = {
    "west bank": "PSE", "gaza strip": "PSE", "darfur": "SDN", "chechnya": "RUS", "tibet": "CHN",
    "xinjiang": "CHN", "sinai": "EGY", "aceh": "IDN", "mindanao": "PHL", "donbas": "UKR",
    "donbass": "UKR", "kurdistan region": "IRQ", "northern ireland": "GBR", "scotland": "GBR",
    "wales": "GBR", "corsica": "FRA", "sicily": "ITA", "sardinia": "ITA", "bavaria": "DEU",
}  # fmt: skip


# Nouns of a state as a whole: in the plural ("Gulf states", "donor countries") they name several.
POLITIES = frozenset({"state", "country", "nation", "government"})


# Modifiers that place a vague group beyond any one country (general English).
WORLDWIDE = frozenset({"international", "global", "world", "worldwide"})


def is_vague(actor: Actor | None) -> bool:
    """An actor without a country that is not an international or named non-state actor."""
    if actor is None or actor.country:
        return False
    code = (actor.code or "").upper()
    if code.startswith(INTERNATIONAL) or (actor.sector or "").upper() in INTERNATIONAL:
        return False
    return actor.kb_id is None


def complete(ref: ActorRef, trigger: Any, index: ActorIndex, sent: Any, *, giver: bool = False,
             other: ActorRef | None = None, armed: bool = False, doer: bool = False,
             talks: bool = False) -> ActorRef | None:
    """``ref`` itself when it is precise; with a country from the sentence when it is vague;
    None when no country can be found for it. A ``giver`` (the source of aid) takes only a
    country of its own: where the aid goes says nothing of who gives it ("donor governments
    pledged $1 billion to feed refugees in Bangladesh" are not Bangladesh's). ``other`` is the
    event's other party: a country of its own counts among the sentence's countries ("both
    sides committed to allow aid agencies to use a crossing on the border with Chad": the
    sides are Sudan's, so Chad is not the one country of the sentence). ``armed``: soldiers here
    (a doer, or the target of force) may take the article's country (see ``ARTICLE_ONLY``).
    A ``doer`` acting on a country named bare ("workers protesting against China") is not of
    that country: a country's own people name their state, not the country."""
    if not is_vague(ref.actor):
        return ref
    doc = sent.doc
    token = doc[ref.token]
    country = _owner_country(token, index, sent, other if doer else None) or _phrase_place(token, index) \
        or hometown_country(token) or fled_country(token, lambda w: _own_place(w, index) or _phrase_place(w, index))
    if country is None and (owner := phrase_owner(token, index)) is not None:
        if not owner.actor.country:  # "a delegation from the European Union": the body's own
            return ActorRef(replace(ref.actor, code=owner.actor.code), ref.span, ref.token)
        country = owner.actor.country  # "a delegation led by the Kenyan foreign minister"
    if country is None and (token.lemma_.lower() in VAGUE_PLACES or _thing_asked_for(token, trigger)):
        return None  # no party: whose it is, the sentence's other countries do not say
    if country is None and any(c.dep_ in {"amod", "compound"} and c.lower_ in WORLDWIDE for c in token.children):
        return None  # "the international community", "global donors": of no one country
    if country is None and token.tag_ == "NNS" and token.lemma_.lower() in POLITIES:
        return None  # "the Baltic states", "Western countries": several states, not one
    if not giver:
        # (where two sides meet is no side's: "the government and rebels held talks in Nairobi")
        country = country or (None if talks and _own_country(other) else _event_place(trigger, index))
        if country is None and not _two_sided(trigger, index, sent):
            country = _sentence_country(ref.actor, index, sent, trigger, _own_country(other)) or _article_country(ref.actor, index, doc, token if armed else None)
    if doer and other is not None and country == other.actor.country and _bare_country(other, doc):
        country = _article_country(ref.actor, index, doc, token if armed else None) or filed_from(doc)
        country = None if country == other.actor.country else country
    if country is None:
        return None
    sector = ref.actor.sector
    code = country + sector if sector and sector != "UNK" else country
    return ActorRef(replace(ref.actor, country=country, code=code), ref.span, ref.token)


def filed_from(doc: Any) -> str | None:
    """The country of the article's dateline, read once per parse."""
    if "eventwire_filed_from" not in doc.user_data:
        when = doc.user_data.get(DOC_DATE_KEY) or date.today()
        doc.user_data["eventwire_filed_from"] = dateline_country(doc.text, when)
    return doc.user_data["eventwire_filed_from"]


def _bare_country(ref: ActorRef, doc: Any) -> bool:
    """A country named as such ("China"), not one of its bodies or people, nor where the act
    happens ("rallies in the Gaza Strip")."""
    token = doc[ref.token]
    while token.dep_ == "compound" and token.head.pos_ == "PROPN" and token.head.i != token.i:
        token = token.head  # "in the Gaza Strip": the name's head says where it stands
    if names_a_place(token):
        token = token.head  # "in the Malian capital Bamako": the adjective says where too
    where = token.dep_ == "pobj" and token.head.lower_ in LOCATIVE_PREPS
    return not ref.actor.sector and (ref.actor.kb_id or "").startswith("country:") and not where


# Agent nouns of the dictionaries that name a place, not people: "will travel to the region",
# "across the continent" name where someone goes, and a vague one is nobody's in particular.
VAGUE_PLACES = frozenset({"region", "continent", "land", "area", "zone"})
# Verbs of asking whose "for" object is the thing asked for ("called for a negotiated
# settlement", "appealed for calm"), not whom the request is made of.
ASK_FOR = frozenset({"call", "appeal", "press", "push", "plead", "clamour", "clamor", "lobby"})


def _thing_asked_for(token: Any, trigger: Any) -> bool:
    """A vague noun that is the object of "for" after a verb of asking, with no infinitive of
    its own ("called for troops to withdraw" asks the troops)."""
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ != "for" or prep.head.i != trigger.i or trigger.lemma_.lower() not in ASK_FOR:
        return False
    return not any(c.dep_ in {"acl", "relcl"} or c.tag_ == "TO" for c in token.children)


def _two_sided(trigger: Any, index: ActorIndex, sent: Any) -> bool:
    """Whether the predicate's doers are of more than one country ("guards from Kyrgyzstan and
    Tajikistan exchanged fire, killing five people"): whose people its vague participants are
    the sentence does not say, and the article's main country is only one side's."""
    from eventwire.events.find import argument_actors
    from eventwire.events.subjects import subject

    subj, passive = subject(trigger)
    if subj is None or passive:
        return False
    return len({r.actor.country for r in argument_actors(subj, index, sent) if r.actor.country}) > 1


def _own_place(token: Any, index: ActorIndex) -> str | None:
    ref = index.at(token)
    return ref.actor.country if ref is not None and ref.actor.country else (place_country(token) if token.pos_ == "PROPN" else None)


def _owner_country(token: Any, index: ActorIndex, sent: Any, other: ActorRef | None = None) -> str | None:
    for child in token.children:
        if child.dep_ == "poss" and child.lower_ in PRONOUNS:
            owner = resolve_pronoun(child, index, sent)
            if owner is not None and other is not None and owner.span == other.span:
                continue  # "a hostage was executed by his kidnappers": the victim's, not their country
            if owner is not None and owner.actor.country:
                return owner.actor.country
    return None


def _phrase_place(token: Any, index: ActorIndex | None = None, *, names: ActorIndex | None = None,
                  sites: bool = False) -> str | None:
    """A place or a country's actor in a prepositional phrase of ``token`` ("activists from
    the Fatah party", "rebels in the Ivory Coast"); with ``names`` (or ``index``) also a place
    described by its country's adjective ("in the Somali capital Mogadishu"); with ``sites``, for
    where an event happened, the place of a site it happened at ("outside a mosque in Baghdad")."""
    names = names or index
    # "slaughtered 90 villagers south of Algiers": a compass point's "of" phrase says where too
    compass = [g for c in token.children if c.dep_ in {"advmod", "npadvmod"} and c.lower_ in COMPASS
               for g in c.children if g.dep_ == "prep" and g.lower_ == "of"]
    for child in [*token.children, *compass]:
        if child.dep_ == "prep" and (child.lower_ in PLACE_PREPS | ({"of"} if index is not None else set()) or child in compass):
            for obj in child.children:
                if obj.dep_ != "pobj":
                    continue
                ref = index.at(obj) if index is not None else None
                found = ref.actor.country if ref is not None and ref.actor.country else place_country(obj)
                if found is None and ref is None and names is not None:
                    found = described_place(obj, names)
                if found is None and ref is None and _act_noun(obj):
                    # "killed in a drone strike in Pakistan": where the act fell
                    found = _phrase_place(obj) or _place_struck(obj)
                elif found is None and sites and obj.pos_ == "NOUN":
                    found = _phrase_place(obj, names=names, sites=True)
                if found:
                    return found
    return None


def _act_noun(token: Any) -> bool:
    return token.pos_ == "NOUN" and get_lexicon().noun_code(token.lemma_) is not None


def _place_struck(act: Any) -> str | None:
    """"a missile strike on Kharkiv": the place an act falls on."""
    for prep in act.children:
        if prep.dep_ == "prep" and prep.lower_ in {"on", "against"}:
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.pos_ == "PROPN" and (found := place_country(obj)):
                    return found
    return None


def _event_place(trigger: Any, index: ActorIndex | None = None) -> str | None:
    """A place attached to the predicate or to its object ("killed a soldier in Samarra")."""
    heads = [trigger, *(c for c in trigger.children if c.dep_ in {"dobj", "nsubjpass"} or _same_event_clause(c))]
    # and the object of what the act is aimed at ("set fire to the embassy in Niamey", "fired at a
    # patrol in Gao"): where its target is, it happened
    heads += [g for c in trigger.children if c.dep_ == "prep" and c.lower_ in {"to", "at", "on"}
              for g in c.children if g.dep_ == "pobj"]
    if trigger.dep_ == "advcl" and trigger.tag_ == "VBG" and device_went_off(trigger.head):
        heads.append(trigger.head)  # "a bomb exploded outside a mosque in Baghdad, killing 30": its result's place
    for head in heads:
        found = _phrase_place(head, names=index, sites=True)
        if found:
            return found
    return None


def _same_event_clause(token: Any) -> bool:
    """"killed 23 people when they blew themselves up in Tel Aviv": a when-clause tells the
    circumstances of the same event, so its place is the event's."""
    return token.dep_ == "advcl" and any(c.dep_ == "advmod" and c.lower_ in {"when", "while"} or c.dep_ == "mark" and c.lower_ in {"when", "while"} for c in token.children)


# Clauses that tell of another act than the predicate's: "freeze assets of five entities
# accused of supplying drones to Moscow" (Moscow is whom the supplying went to, not where the
# freezing is done), "arrested men who had fled to Chad".
_OTHER_ACT_CLAUSES = frozenset({"acl", "relcl"})


def _other_clauses(trigger: Any, sent: Any) -> set[int]:
    """Token indices of the relative and participial clauses of ``sent`` that do not hold ``trigger``."""
    out: set[int] = set()
    for token in sent:
        if token.dep_ in _OTHER_ACT_CLAUSES and token.pos_ in {"VERB", "AUX"} and token.i not in out:
            inside = {t.i for t in token.subtree}
            if trigger is None or trigger.i not in inside:
                out |= inside
    return out


FOREIGN_WORKERS = frozenset({"BUS"})
# Officials who deal with other states (not the state's sectors, actors.kb.STATE_SECTORS: police
# and soldiers act at home, and a leader is an official whatever office he holds).
DIPLOMATIC_SECTORS = frozenset({"GOV", "LEG", "ELI"})


BORDER_NOUNS = frozenset({"border", "frontier", "boundary"})


def _border_side(token: Any) -> bool:
    """"a crossing on the border with Chad": a country named for where a border runs is a place
    of the sentence, not a party whose people its vague participants are."""
    prep = token.head
    return token.dep_ == "pobj" and prep.lower_ in {"with", "of"} and prep.head.lemma_.lower() in BORDER_NOUNS


def _own_country(ref: ActorRef | None) -> str | None:
    """The country of an event's precise party, but not a company's (it works abroad)."""
    if ref is None or is_vague(ref.actor) or (ref.actor.sector or "").upper() in FOREIGN_WORKERS:
        return None
    return ref.actor.country


def _sentence_country(actor: Actor, index: ActorIndex, sent: Any, trigger: Any = None, party: str | None = None) -> str | None:
    if (actor.sector or "UNK") not in DOMESTIC:
        return None
    other = _other_clauses(trigger, sent)
    refs = [r for r in index.in_sentence(sent) if r.token not in other and not _border_side(sent.doc[r.token])]
    # A company's country is where it is from, not where it works: "youths occupied a platform
    # of the U.S. company Chevron" are not American (multinationals operate abroad).
    countries = {r.actor.country for r in refs if r.actor.country and (r.actor.sector or "").upper() not in FOREIGN_WORKERS}
    countries |= _sentence_places(sent, other)
    if party and (countries or actor.sector not in DIPLOMATIC_SECTORS):
        # the event's other party is of the sentence too: with another country named it makes
        # two; alone it lends its country to police, rebels or crowds acting at home, but not
        # to officials, who deal with other states ("the two leaders agreed to open a flight
        # between their capitals")
        countries.add(party)
    if len(countries) != 1 or any((r.actor.code or "").upper().startswith(INTERNATIONAL) for r in refs):
        return None
    return countries.pop()


# An article is about one country when that country has at least this many mentions and this
# many times as many as any other.
ARTICLE_MIN_MENTIONS = 3
ARTICLE_DOMINANCE = 2


# Sectors that only the article's own country may lend its country to, in the plural, as doers
# or as the targets of force: "soldiers fired on demonstrators", "ambushed a convoy, killing
# 11 soldiers" in a report about one country are that country's, but a sentence's one other
# country does not make them its own ("soldiers shelled villages near the Chad border"), one
# titled person is anyone's ("the captain" of a seized trawler), and troops otherwise acted on
# may be either side's ("agreed to the withdrawal of additional troops").
ARTICLE_ONLY = frozenset({"MIL"})


def _article_country(actor: Actor, index: ActorIndex, doc: Any, token: Any = None) -> str | None:
    sector = actor.sector or "UNK"
    if sector not in DOMESTIC and not (sector in ARTICLE_ONLY and token is not None and token.tag_ == "NNS"):
        return None
    key = "eventwire_article_country"
    if key not in doc.user_data:
        doc.user_data[key] = article_country(doc, index)
    return doc.user_data[key]


def article_country(doc: Any, index: ActorIndex) -> str | None:
    """The one country a multi-sentence article is about: most of its country mentions (actors
    of a country, places) are that country's. None for a single sentence or a mixed report."""
    sents = list(doc.sents)
    if len(sents) < 3:
        return None
    counts: dict[str, int] = {}
    seen: set[tuple[int, int]] = set()
    for sent in sents:
        for ref in index.in_sentence(sent):
            # an international body counts as a party of its own: a report on EU sanctions
            # on Iran is not about Iran alone
            code = (ref.actor.code or "").upper()
            key = code[:6] if code.startswith("IGO") else ref.actor.country
            if ref.span in seen or not key:
                continue
            seen.add(ref.span)
            counts[key] = counts.get(key, 0) + 1
        for token in sent:
            if token.dep_ == "pobj" and token.head.lower_ in PLACE_PREPS and token.pos_ == "PROPN" and index.at(token) is None:
                country = place_country(token)
                if country:
                    counts[country] = counts.get(country, 0) + 1
    dateline = filed_from(doc)
    if dateline:  # where the reporter filed from: the article's own place
        counts[dateline] = counts.get(dateline, 0) + 2
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < ARTICLE_MIN_MENTIONS:
        return None
    if len(ranked) > 1 and ranked[0][1] < ARTICLE_DOMINANCE * ranked[1][1]:
        return None
    return None if ranked[0][0].startswith(INTERNATIONAL) else ranked[0][0]


def _sentence_places(sent: Any, skip: set[int] | frozenset[int] = frozenset()) -> set[str]:
    """Countries of the places the sentence names ("a union in Kenya", "a rally in Lagos"),
    outside the tokens ``skip``."""
    found = set()
    for token in sent:
        # and the place an act falls on ("strikes on Kharkiv", "an offensive against Mosul")
        falls_on = token.head.lower_ in {"on", "against"} and token.head.head.pos_ == "NOUN"
        # and where a predicate goes ("flew to Minsk and met opposition leaders"): a second
        # country of the sentence, which the visitor's own does not speak for
        goes_to = token.head.lower_ in DESTINATION_PREPS and token.head.head.pos_ == "VERB"
        if token.i not in skip and token.dep_ == "pobj" and (token.head.lower_ in PLACE_PREPS or falls_on or goes_to) \
                and token.pos_ == "PROPN":
            country = place_country(token)
            if country:
                found.add(country)
    return found


def place_country(token: Any) -> str | None:
    """The country of the place a noun names, with its compounds ("the Ivory Coast", "Tel Aviv")."""
    words = [t for t in token.subtree if t.dep_ not in {"det", "punct", "prep", "pobj"} or t is token]
    words = [t for t in words if t.i <= token.i]
    if not words:
        return None
    if token.lower_ in DIRECTIONS:
        # "the east of the Gaza Strip", "the north of the country": the place after "of"
        for prep in token.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                obj = next((o for o in prep.children if o.dep_ == "pobj"), None)
                return place_country(obj) if obj is not None else None
    if not token.text[:1].isupper():
        # "Montenegro province", "the Gaza region": the proper-noun compound names the place;
        # but on a noun of an act it names the doer ("killed in a U.S. drone strike in
        # Pakistan": the strike is no American place, and its victims are not Americans)
        if _act_noun(token):
            return None
        names = [t for t in words if t.dep_ == "compound" and t.text[:1].isupper()]
        return place_country(names[-1]) if names else None
    name = " ".join(t.text for t in words)
    return (
        lookup_place(name, token.doc)
        or TERRITORIES.get(place_key(name))
        or (lookup_place(token.text, token.doc) or TERRITORIES.get(place_key(token.text))
            if _name_inside(words, token) and not _own_name(name) else None)
        or _proper_tail(words)
        or _owner_place(token)
    )


def _own_name(name: str) -> bool:
    """Whether a name of several words is a state's, province's or city's own name ("New York",
    "New Mexico"): then it is not the place its last word names ("York" is English). Which
    country it lies in is left to ``lookup_place`` (a state or a disputed region is no country
    or capital it knows)."""
    from eventwire.geo.gazetteer import get_gazetteer

    return any(e.primary and e.place.kind in {"admin1", "city"} for e in get_gazetteer().lookup(name))


def _name_inside(words: list[Any], token: Any) -> bool:
    """Whether ``token`` alone names the place the phrase ``words`` names: its other words are
    descriptions ("western Erbil", "the Kurdish city Erbil"), not parts of a longer name ("New
    York" is not York)."""
    return len(words) > 1 and not any(
        t.dep_ == "compound" and t.head.i == token.i and t.text[:1].isupper() and t.lower_ not in DIRECTIONS
        for t in words)


def _owner_place(token: Any) -> str | None:
    """"Pakistan's North Waziristan": a place of a country named as its owner."""
    owner = next((c for c in token.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    return place_country(owner) if owner is not None else None


def _proper_tail(words: list[Any]) -> str | None:
    """"the occupied West Bank", "western Cambodia": the capitalised words at the end."""
    tail: list[str] = []
    for t in reversed(words):
        if not t.text[:1].isupper():
            break
        tail.insert(0, t.text)
    if not tail or len(tail) == len(words):
        return None
    name = " ".join(tail)
    return lookup_place(name, words[0].doc) or TERRITORIES.get(place_key(name))


# The publication date of the article being coded, kept on its parsed Doc (set by
# ``candidates.find_candidates``, which every way of coding calls first): a place's country is
# the one on that day ("Kosovo" in 2000 was a province of Serbia); today's when unknown.
DOC_DATE_KEY = "eventwire_article_date"


def lookup_place(name: str, doc: Any = None, *, when: date | None = None) -> str | None:
    """ISO alpha-3 of a country, capital or city named ``name`` on ``when``, else on the date of
    ``doc``'s article, else today; None when unknown or ambiguous."""
    when = when or (doc.user_data.get(DOC_DATE_KEY) if doc is not None else None)
    return named_place_country(name, when or date.today())
