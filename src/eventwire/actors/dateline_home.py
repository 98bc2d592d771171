"""Whose a datelined report's bare titles and bodies are: "Interior Minister X said", "the
Foreign Ministry said", "the police" with no country in the text are the country the report is
filed from (``ActorResolver.resolve_doc`` gives them the dateline's country)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import Any

from eventwire.actors.kb import STATE_SECTORS
from eventwire.actors.placing import gazetteer_country, named_place_country
from eventwire.records import Actor


def dateline_country(text: str, when: date) -> str | None:
    """The country of the text's wire dateline ("WARSAW, May 7 (Wire) -", "COTONOU, Benin,
    ...", "GOMA, Congo (AP) —"), read as extraction reads ``Article.dateline``: its last part
    that names a country, a capital or a city, on ``when`` (Juba in 2005 is Sudan's)."""
    from eventwire.extract.dateline import find_dateline

    place = find_dateline(text)
    for part in reversed([p.strip() for p in (place or "").split(",") if p.strip()]):
        iso = named_place_country(part, when) or gazetteer_country(part.title())
        if iso:
            return iso
    return None


def story_home(dateline: str | None, doc: Any, found: dict[tuple[int, int], Actor], field: bool = False) -> str | None:
    """Whose a report's bare bodies are: the dateline's country, unless the actors ``found`` in
    the headline and lead name one other country and never the dateline's. A report filed from
    a third country's capital ("MOSCOW - The president of Tajikistan ... signed") is about its
    main country, and its "the government" is that country's, not the host's. Forces in the
    ``field`` (``bare_force``) have it only when the lead names no other country: in a report of
    one country's act on another ("India suspended aid to Nepal") they may be either's."""
    if dateline is None:
        return None
    end = _lead_end(doc)
    lead = {a.country for (start, _), a in found.items() if start < end and a.country}
    home = next(iter(lead)) if len(lead) == 1 and dateline not in lead else dateline
    return None if field and not lead <= {home} else home


def _lead_end(doc: Any) -> int:
    """Where the lead (the sentence the dateline opens) ends in the text; -1 with no dateline.
    Read once per parse: ``story_home`` asks for each bare body or official."""
    from eventwire.nlp.dateline import in_dateline

    if "eventwire_lead_end" not in doc.user_data:
        ends = (sent.end_char for sent in doc.sents if any(in_dateline(t) for t in sent[:3]))
        doc.user_data["eventwire_lead_end"] = next(ends, -1)
    return doc.user_data["eventwire_lead_end"]


# Sectors of a domestic public title before a name: officials, and the opposition, party,
# parliamentary, judicial, military ("Army chief General X") and public figures a report names
# as the country's own.
_TITLED_SECTORS = frozenset({"GOV", "OPP", "PTY", "LEG", "JUD", "ELI", "MIL"})


def unplaced_official(actor: Actor, root: Any) -> bool:
    """"Interior Minister Tomasz Siemoniak said", "opposition leader X" in a report filed from Warsaw: an office named
    before an unknown person's name with no country in the text. Wire style names a foreign
    official with the country ("Russia's foreign minister X"); a bare title is the dateline's."""
    return (actor.country is None and actor.kb_id is None and actor.sector in _TITLED_SECTORS and bool(actor.role)
            and root.pos_ == "PROPN" and root.ent_type_ == "PERSON")


# State institutions that wire copy names bare ("the Foreign Ministry said", "the authorities",
# "the police") when they are the country the report is filed from (general English nouns of
# institutions, not of persons: "the captain", "the minister" may be anyone's; not "the troops",
# who may be anyone's in the field).
_INSTITUTIONS = frozenset({
    "army", "military", "navy",
    "ministry", "government", "cabinet", "authorities", "police", "court", "parliament",
    "presidency", "administration", "department", "legislature", "assembly", "senate", "congress",
    "judiciary", "prosecutor's office", "interior", "junta", "regime",
})  # fmt: skip


def unplaced_body(actor: Actor, root: Any) -> bool:
    """"The Foreign Ministry said", "the army", "the police" in a report filed from a
    capital, with no country in the phrase and no earlier mention: wire style names a foreign
    body with its country ("Russia's foreign ministry"), so a definite bare one is the
    dateline's. Not an indefinite one ("a ministry"), nor one owned or of an "of" phrase."""
    if bare_congress(actor, root) or bare_force(actor, root):
        return True
    if actor.country is not None or actor.kb_id is not None or actor.sector not in STATE_SECTORS:
        return False
    if root.lower_ not in _INSTITUTIONS or root.dep_ in {"compound", "amod", "poss"}:
        return False
    kids = list(root.children)
    if any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "of" for c in kids):
        return False
    return any(c.dep_ == "det" and c.lower_ == "the" for c in kids)


# Uniformed forces a report names bare, with no article ("Police arrested 12", "Troops fired on
# the crowd", "Security forces dispersed ..."): wire style names a foreign force by its country
# ("Russian troops", "Israeli police"), so an unqualified one is the home country's, as wire
# coders read it (CAMEO codes the country's COP / MIL).
_FORCES = frozenset({"police", "policemen", "troops", "soldiers"})
_SECURITY = frozenset({"security", "riot"})


def bare_force(actor: Actor, root: Any) -> bool:
    """"Police arrested 12 protesters", "Troops fired on the crowd", "security forces": a bare
    plural force as a doer (a subject, a passive's agent), with no determiner, number, owner, or
    "of"/"from" phrase (not "200 troops", "troops from five nations", "its soldiers", which may
    be anyone's)."""
    if actor.country is not None or actor.kb_id is not None or actor.sector not in {"COP", "MIL"}:
        return False
    word = root.lower_
    kids = list(root.children)
    if word == "forces":
        if not any(c.dep_ in {"compound", "amod"} and c.lower_ in _SECURITY for c in kids):
            return False
    elif word not in _FORCES:
        return False
    # a doer: moved or sent forces ("withdrew troops", "send soldiers") are the mover's own
    head = root.head if root.dep_ == "conj" else root
    if not (head.dep_ in {"nsubj", "nsubjpass"} or head.dep_ == "pobj" and head.head.dep_ == "agent"):
        return False
    return not any(c.dep_ in {"det", "poss", "nummod", "quantmod"} or c.dep_ == "prep" and c.lower_ in {"of", "from"}
                   for c in kids)


# Subjects whose verb's "for"/"on behalf of" phrase names whom they act for: the person
# itself, a verb's subject, a passive's agent ("signed ... by General X for the army").
_ACTOR_DEPS = frozenset({"nsubj", "nsubjpass"})


def acting_for(actor: Actor, root: Any, resolve: Callable[[Any], Actor | None]) -> Actor | None:
    """An official who signs or speaks "for" or "on behalf of" a named body ("signed by General
    X for the Sudanese Armed Forces", "Minister Y, speaking on behalf of the EU") is that body's
    member: its code, whatever country the report is filed from. ``resolve`` reads a span; a
    phrase that names no known actor ("for the first time", "for peace") is none."""
    holders = [root]
    if root.dep_ in _ACTOR_DEPS:
        holders.append(root.head)
    elif root.dep_ == "pobj" and root.head.dep_ == "agent":
        holders.append(root.head.head)
    # "Minister X, speaking on behalf of the AU, urged ...": a participle with no subject of its own
    holders += [c for h in holders for c in h.children if c.dep_ in {"acl", "advcl"} and c.tag_ == "VBG"
                and not any(g.dep_ in _ACTOR_DEPS for g in c.children)]
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ != "prep" or prep.i < root.i:
                continue
            body = _body_of(prep)
            if body is None or body.ent_type_ == "PERSON":
                continue
            found = resolve(body.doc[body.left_edge.i : body.right_edge.i + 1])
            if found is not None and (found.country or found.kb_id) and found.code:
                return replace(actor, code=found.code, country=found.country, sector=found.sector)
    return None


def _body_of(prep: Any) -> Any:
    """The noun a "for X" or "on behalf of X" phrase names, or None."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    if not objects:
        return None
    if prep.lower_ == "for":
        return objects[0]
    if prep.lower_ == "on" and objects[0].lower_ == "behalf":
        of = [c for c in objects[0].children if c.dep_ == "prep" and c.lower_ == "of"]
        return next((c for c in of[0].children if c.dep_ == "pobj"), None) if of else None
    return None


def bare_congress(actor: Actor, root: Any) -> bool:
    """"Ousted by Congress", "marched to the Congress building" in a report filed from Asuncion
    or Lima: the dictionaries file a bare "Congress" as the United States', but it is the name of
    many countries' legislatures, and wire copy names the US one with its country when filed from
    elsewhere; a bare one is the dateline's (``story_home``; a report from Washington keeps it)."""
    if actor.code != "USALEG":
        return False
    words = {t.lower_ for t in root.subtree if t.i <= root.i and t.dep_ not in {"det", "punct"}}
    return "congress" in words and words <= {"congress", "building"}


# Prepositions that set a scene: "protests outside the offices in Sydney and Melbourne".
_SCENE_PREPS = frozenset({"in", "at", "outside", "near", "inside", "across"})


def scene_country(root: Any, when: date) -> str | None:
    """Where a bare force acts when the report's home leaves it open (a lead naming two
    countries): the one country of the places its own sentence, else the sentence before in the
    same paragraph, sets the scene in ("protests ... in Sydney and Melbourne. Police arrested
    12 protesters"). None when those places are in no country or in more than one."""
    sent = root.sent
    before = sent.doc[sent.start - 1].sent if sent.start > 0 else None
    words = [t for t in before if not t.is_space] if before is not None else []
    if words and "\n" in sent.doc.text[words[-1].idx + len(words[-1]) : root.idx]:
        before = None  # a new paragraph is a new scene
    for span in (sent, before):
        if span is None:
            continue
        found = {_scene_place(t, when) for t in span if t.dep_ == "pobj" and t.head.lower_ in _SCENE_PREPS
                 and t.ent_type_ in {"GPE", "LOC"}} - {None}
        found |= {_scene_place(t, when) for t in span if t.dep_ == "conj" and t.ent_type_ in {"GPE", "LOC"}
                  and t.head.dep_ == "pobj" and t.head.head.lower_ in _SCENE_PREPS} - {None}
        if len(found) == 1:
            return found.pop()
        if found:
            return None
    return None


def _scene_place(token: Any, when: date) -> str | None:
    name = token.doc[token.left_edge.i : token.i + 1].text if token.dep_ != "conj" else token.text
    return named_place_country(name, when) or gazetteer_country(name)
