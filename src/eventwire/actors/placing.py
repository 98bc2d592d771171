"""Place or actor: where a country, capital or city names a place rather than a party.

"Beijing denied" is China's government, "flew to Beijing" a place; "rebels in Mali" are Malian,
"an embassy in Tehran" is not Iran's. These rules read the dependency parse around a mention:
``metonym_slot`` (may a capital stand for its government here), ``is_place`` (is a country or
capital the object of a locative preposition), ``place_preps`` and ``gazetteer_country`` (the
place a group named by its kind is put in, for ``ActorResolver._located``).
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from typing import Any

from eventwire.actors.kb import KnowledgeBase, fold, tokens
from eventwire.actors.resolve import LOCATIVE
from eventwire.nlp.dateline import after_dateline, is_dateline
from eventwire.nlp.place_nouns import TOWNS  # "the town of Samarra" is a town in Iraq
from eventwire.records import Actor

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
PLACE_KINDS = frozenset({"country", "seat"})
VISIT = frozenset({"visit", "reach", "enter", "tour", "host", "capture", "seize", "besiege", "encircle", "evacuate", "rebuild"})
# Verbs after which "to X" / "on X" is a destination, not a recipient.
MOTION = frozenset({
    "go", "come", "travel", "fly", "return", "arrive", "head", "move", "flee", "sail", "drive",
    "walk", "march", "relocate", "emigrate", "migrate", "escape", "retreat", "advance", "converge",
    "trek", "journey", "commute", "leave", "set", "get", "rush", "hurry", "deploy", "redeploy",
})  # fmt: skip


# Words that mark people who are somewhere but from elsewhere: foreign missions, international
# and aid staff, peacekeepers, refugees. "Rebels in Mali" are Malian; "an embassy in Tehran" is
# not Iran's.
OUTSIDERS = frozenset({
    "international", "foreign", "multinational", "peacekeeper", "peacekeeping", "embassy", "embassies",
    "consulate", "mission", "diplomat", "diplomatic", "ambassador", "envoy", "expatriate", "relief", "aid",
    "humanitarian", "tourist", "correspondent", "coalition", "allied", "visiting", "exiled", "refugee",
})  # fmt: skip
# Prepositions that place a group: "in", "from", "inside"; "based in", "stationed in" through
# their participle.
PLACING = frozenset({"in", "from", "inside"})
BASED = frozenset({"base", "station", "headquarter", "headquartered", "based", "stationed"})


def gazetteer_country(name: str) -> str | None:
    """The country of a city or region the knowledge base does not list, when the gazetteer
    leaves no doubt: its most populous place of that name is ten times any other country's
    ("Goma", "Samarra", "Lagos"; not "Punjab", shared by India and Pakistan)."""
    from eventwire.geo.gazetteer import get_gazetteer

    best: dict[str, int] = {}
    for entry in get_gazetteer().lookup(name):
        if entry.primary and entry.place.kind in ("city", "admin1"):
            best[entry.place.country] = max(best.get(entry.place.country, 0), entry.place.population)
    if not best:
        return None
    ranked = sorted(best.items(), key=lambda kv: -kv[1])
    if len(ranked) > 1 and ranked[0][1] < 10 * ranked[1][1]:
        return None
    return ranked[0][0]


def place_words(obj: Any) -> list[list[Any]]:
    """Further phrases that may name the country a place noun lies in, the nearest first: its
    possessor ("in Ethiopia's northern Tigray region": Ethiopia), and an "in" phrase right after
    a town's name ("the town of Palma in northern Mozambique"), wherever the parser hung it."""
    out = [[t for t in c.subtree if not t.is_punct and t.dep_ != "case"] for c in obj.children if c.dep_ == "poss"]
    after = obj.doc[obj.i + 1] if obj.i + 1 < len(obj.doc) else None
    if obj.pos_ == "PROPN" and after is not None and after.lower_ == "in" and after.dep_ == "prep":
        out += [[t for t in g.subtree if t.i <= g.i and t.dep_ not in {"det", "amod"}]
                for g in after.children if g.dep_ == "pobj" and g.pos_ == "PROPN"]
    return out


# Sectors of offices named after their place: "the governor of Kandahar", "the mayor of Istanbul".
LOCAL_OFFICE_SECTORS = frozenset({"GOV", "COP", "JUD", "LEG"})


def place_preps(root: Any, *, local_office: bool = False) -> list[Any]:
    """The prepositions under ``root`` whose object places it: "in", "from", "inside"; "of"
    after a place noun or a local office; those under "based", "stationed"."""
    of_ok = local_office or root.lemma_.lower() in TOWNS
    preps = []
    for child in root.rights:
        if child.dep_ == "prep" and (child.lower_ in PLACING or child.lower_ == "of" and of_ok):
            preps.append(child)
        elif child.dep_ in ("acl", "amod") and (child.lemma_.lower() in BASED or child.lower_ in BASED):
            preps += [c for c in child.children if c.dep_ == "prep" and c.lower_ in PLACING]
    return preps


# Prepositions whose object is a party to an act, not a place: a capital there is its government.
METONYM_PREPS = frozenset({"by", "against", "with"})
# What a government sends or gives: "a ceasefire proposal from Kyiv", "pressure from Beijing"
# come from the government, not the city ("refugees from Kyiv" do).
MESSAGE_NOUNS = frozenset({
    "proposal", "offer", "letter", "message", "request", "demand", "pressure", "criticism",
    "warning", "threat", "invitation", "response", "reply", "statement", "protest", "complaint",
    "assurance", "support", "aid", "backing", "ultimatum", "overture", "plan", "note",
})  # fmt: skip


# Envoys a government withdraws, recalls or expels: "withdrew their ambassadors from Asuncion" is
# CAMEO 161's reduced relations with the host government, so the capital stands for it there.
ENVOYS = frozenset({"ambassador", "envoy", "diplomat", "consul"})


def _envoy_taken_from(verb: Any) -> bool:
    """A verb whose object is an envoy ("withdrew their ambassadors", "recalled its envoy"): the
    parse hangs "from <capital>" on the verb, where the noun's own "from" already counts."""
    return verb.pos_ in {"VERB", "AUX"} and any(
        c.dep_ == "dobj" and c.lemma_.lower() in ENVOYS for c in verb.children
    )


def metonym_slot(root: Any) -> bool:
    """Where a capital stands for its government: a subject ("Beijing denied"), or the object
    of a verb other than one of going or visiting ("accusing Beijing", not "visited Beijing").
    A dateline is no actor, and the parse may hang the real subject on it as an apposition.
    A conjunct fills the slot of the word it is coordinated with ("Canberra and Jakarta signed")."""
    for _ in range(4):
        if root.dep_ != "conj" or root.head.i == root.i:
            break
        root = root.head
    if root.dep_ == "pobj" and root.head.lower_ == "on" and root.head.head.lemma_.lower() == "call":
        return True  # "called on Pyongyang to abandon": whom a call is made on is a party
    if root.dep_ in SUBJECT_DEPS:
        return not is_dateline(root)
    if root.dep_ == "appos" and root.head.dep_ in SUBJECT_DEPS and after_dateline(root.head) == root:
        return True
    if root.dep_ == "poss" or root.dep_ == "pobj" and root.head.lower_ in METONYM_PREPS:
        # "Moscow's denial", "sanctions against Tehran", "attacked by Kyiv", "an admission by
        # Moscow"; "stand by Kyiv" is no agent
        return root.head.lower_ != "by" or root.head.dep_ == "agent" or root.head.head.pos_ == "NOUN"
    if root.dep_ == "pobj" and root.head.lower_ == "from" and root.head.head.lemma_.lower() in MESSAGE_NOUNS:
        return True
    if root.dep_ == "pobj" and root.head.lower_ == "from" and _envoy_taken_from(root.head.head):
        return True
    if root.dep_ == "pobj" and root.head.lower_ == "to" and root.head.head.pos_ == "VERB":
        # "protested to Pyongyang", "handed the suspects over to Moscow": a recipient, unless
        # the verb is one of going ("flew to Beijing")
        return root.head.head.lemma_.lower() not in MOTION and root.head.dep_ in {"prep", "dative"}
    verb = root.head.lemma_.lower()
    return root.dep_ == "dobj" and root.head.pos_ == "VERB" and verb not in MOTION and verb not in VISIT


def is_place(actor: Actor, root: Any, kb: KnowledgeBase) -> bool:
    """A country, seat or capital named as the object of "in", "at" ... is a place, not an actor.

    "to" and "on" name a place only after a verb of motion ("flew to Beijing"), and "to" after
    a noun that is no verb's object ("the road to Kyiv"); otherwise their object is a recipient
    or target ("handed the suspects over to Britain", "imposed sanctions on Iran", "sent tanks
    to Ukraine", "the attack on Israel").
    """
    if actor.kb_id is None or actor.kb_id not in kb:
        return False
    kind = kb.get(actor.kb_id).kind
    if kind not in PLACE_KINDS and not (kind == "igo" and root.ent_type_ == "GPE"):
        # an organisation named by its city ("met in Brussels") is a place there too
        return False
    if root.dep_ != "pobj" or root.head.lower_ not in LOCATIVE:
        return False
    if kind == "igo" and not gazetteer_country(root.text):
        return False
    if root.tag_ in ("NNS", "NNPS") and root.ent_type_ != "GPE" or root.ent_type_ == "NORP":
        return False  # a people, not a place: "a curfew on Palestinians"
    prep = root.head
    if prep.lower_ == "at" and kind == "country" and prep.head.pos_ == "VERB":
        return False  # one is "in" a country, never "at" it: "a rebuke aimed at China"
    if prep.lower_ in ("to", "on"):
        governor = prep.head
        if governor.dep_ == "amod" and governor.pos_ == "ADJ" and governor.head.pos_ == "NOUN":
            # "assistance worth $500 million to Jordan": the parser hangs "to" on the object's
            # adjective; the phrase is the object's
            governor = governor.head
        if governor.pos_ == "VERB":
            return governor.lemma_.lower() in MOTION
        if prep.lower_ == "on":
            return False  # "sanctions on Belarus", "strikes on Lebanon": the target of an act
        # "the road to Kyiv" is a place; "sent tanks to Ukraine", "pledged aid to Ukraine" a
        # recipient, also when the parser hangs "to" on the last noun of a longer object ("send
        # relief and a team of experts to the Philippines")
        verb = _object_verb(governor)
        return not (verb is not None and verb.lemma_.lower() not in MOTION)
    return True


def _object_verb(noun: Any) -> Any:
    """The verb whose object the phrase ending in ``noun`` is, if any: up through "of" phrases
    and coordination ("relief and a team of experts"; the parser may hang a second object on
    the verb as a conjunct)."""
    for _ in range(6):
        if noun.dep_ in {"dobj", "dative"} or noun.dep_ == "conj" and noun.head.pos_ == "VERB":
            return noun.head if noun.head.pos_ == "VERB" else None
        if noun.dep_ == "conj" or noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
            noun = noun.head if noun.dep_ == "conj" else noun.head.head
            continue
        break
    return None


# Cities the gazetteer holds with at least this many people name their country in the text.
CITY_MIN_POPULATION = 100_000


def named_place_country(name: str, when: date) -> str | None:
    """ISO alpha-3 of a country, capital or city named ``name`` on ``when``; None when unknown
    or ambiguous. Countries and capitals from the knowledge base, cities from the gazetteer
    (its most populous city of the name, of ``CITY_MIN_POPULATION`` people or more)."""
    return _named_place_country(" ".join(place_key(name).split()), when)


@lru_cache(maxsize=4096)
def _named_place_country(key: str, when: date) -> str | None:
    from eventwire.actors import get_resolver

    kb = get_resolver().kb
    hits = [h for h in kb.names.get(key, ()) if h.via in ("name", "capital")]
    if any(kb.entry(h).kind == "igo" for h in hits):
        # "U.N. bases": CAMEO lists the UN among its countries (UNO), but it holds no land; a
        # capital that is also a body's seat ("Brussels") stays a place
        hits = [h for h in hits if h.via == "capital"]
    countries = set()
    for hit in hits:
        entry = kb.entry(hit)
        if entry.kind == "country" and entry.roles:
            role = entry.role_at(when) or entry.roles[0]
            countries.add(role.country)
    if len(countries) == 1:
        return countries.pop()
    if countries:
        return None
    city = _cities().get(key)
    # the gazetteer gives a city's country of today: on an earlier date, the state that held it
    # then ("Wau" in 1998 is Sudan's, "Prizren" in 1999 Serbia's), as the country's dated roles say
    entry = kb.get(f"country:{city}") if city and f"country:{city}" in kb else None
    role = entry.role_at(when) if entry is not None and entry.roles else None
    return role.country if role is not None and role.country else city


def place_key(name: str) -> str:
    """The lookup key of a place name: folded, tokenised as the knowledge base's names are."""
    return " ".join(k for raw in fold(name).split() for k in tokens(raw))


@lru_cache(maxsize=1)
def _cities() -> dict[str, str]:
    """City name key -> ISO alpha-3, the most populous city of each name (the gazetteer's own
    names, not its exonyms), cities of ``CITY_MIN_POPULATION`` people or more."""
    from eventwire.geo.gazetteer import get_gazetteer

    best: dict[str, tuple[int, str]] = {}
    for name, country, population in get_gazetteer().populations("city", at_least=CITY_MIN_POPULATION):
        key = place_key(name)
        if key and population > best.get(key, (0, ""))[0]:
            best[key] = (population, country)
    return {k: v for k, (_, v) in best.items()}


def name_on(prep: Any) -> bool:
    """"Intergovernmental Authority on Development": "on" between capitalised words is in a name."""
    return prep.lower_ == "on" and prep.head.pos_ == "PROPN" and any(
        c.dep_ == "pobj" and c.pos_ == "PROPN" and c.ent_type_ not in {"GPE", "LOC", "FAC"} for c in prep.children)
