"""``ActorResolver``: actors of a string, of a spaCy span, or of every mention in an article."""

from __future__ import annotations

import functools
import logging
from collections.abc import Iterable
from dataclasses import replace
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any

from eventwire.actors import dateline_home as homes
from eventwire.actors.agent_readings import body_reading, condition_reading, mass_reading, modifier_agent
from eventwire.actors.codes import join_code
from eventwire.actors.coref import COMPASS, ArticleMemory, bare_key
from eventwire.actors.former import former_titles
from eventwire.actors.kb import KnowledgeBase, tokens
from eventwire.actors.mentions import mentions, span_tokens
from eventwire.actors.namesakes import us_georgia
from eventwire.actors.passes import (
    POSSESSIVE_PRONOUNS,
    country_possessors,
    described_organisations,
    known_possessor,
    named_by_apposition,
    pronoun_possessors,
    recalled_organisation,
    shared_modifiers,
    shared_short_names,
    stated_roles,
)
from eventwire.actors.placing import (
    LOCAL_OFFICE_SECTORS,
    OUTSIDERS,
    gazetteer_country,
    is_place,
    metonym_slot,
    place_preps,
    place_words,
)
from eventwire.actors.regions import in_region, is_region
from eventwire.actors.resolve import LOCATIVE, PhraseResolver, Tok, coerce_date, singular, text_tokens
from eventwire.actors.user import read_dictionary
from eventwire.nlp.dateline import in_dateline, is_dateline
from eventwire.nlp.headline import is_headline
from eventwire.nlp.place_nouns import TOWNS
from eventwire.records import Actor

log = logging.getLogger(__name__)


def builtin_folder() -> Path:
    return Path(str(resources.files("eventwire").joinpath("data/actors")))


class ActorResolver:
    """Resolves mentions against the knowledge base plus any user dictionaries."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.core = PhraseResolver(kb)

    @classmethod
    def load(cls, extra: Iterable[Path | str] = (), *, user: Path | str | None = None) -> ActorResolver:
        """The built-in knowledge base, then the user dictionary ``user`` (if it exists), then ``extra``."""
        kb = KnowledgeBase()
        kb.load_built(builtin_folder())
        paths = ([Path(user)] if user and Path(user).exists() else []) + [Path(p) for p in extra]
        for path in paths:
            entries = read_dictionary(path)
            kb.extend(entries)
            log.info("loaded %d actor entries from %s", len(entries), path)
        return cls(kb)

    # -- strings --------------------------------------------------------------------------
    def resolve_text(self, text: str, *, date: date | None = None, context: str | None = None) -> Actor | None:
        """The actor ``text`` names on ``date`` (default today).

        With ``context`` (a sentence or article containing ``text``), the mention is resolved in
        that parse: a repeat ("Stoltenberg") takes its earlier full mention, and a capital is an
        actor only as the subject of a verb. Without it, ``text`` is taken to name an actor.
        """
        when = coerce_date(date)
        if context:
            found = self._in_context(text, context, when)
            if found is not _NOT_FOUND:
                return found  # type: ignore[return-value]
        return self.core.resolve_tokens(text_tokens(text), when, text)

    def _in_context(self, text: str, context: str, when: date) -> Actor | None | object:
        at = context.find(text)
        if at < 0:
            at = context.lower().find(text.lower())
        if at < 0:
            return _NOT_FOUND
        from eventwire.nlp import parse

        doc = parse(context)
        end = at + len(text)
        best, overlap = None, 0
        for (start, stop), actor in self.resolve_doc(doc, date=when).items():
            shared = min(stop, end) - max(start, at)
            if shared > overlap:
                best, overlap = actor, shared
        if best is None:
            return None
        best.text = text
        return best

    # -- spaCy ----------------------------------------------------------------------------
    def resolve_span(self, span: Any, *, date: date | None = None) -> Actor | None:
        """The actor a noun phrase or entity span names: its head, compounds, adjectives,
        possessives and "of" phrases; a trailing locative phrase ("in Washington") is ignored."""
        when = coerce_date(date)
        doc_tokens = list(span.doc)
        kept = span_tokens(doc_tokens, span.start, span.end, span.root)
        if not kept:
            return None
        text = span.doc.text[kept[0].idx : kept[-1].idx + len(kept[-1].text)]
        actor = self.core.resolve_tokens(_toks(kept, {}), when, text)
        if actor is not None and is_place(actor, span.root, self.kb):
            return None
        return actor

    def resolve_doc(self, doc: Any, *, date: date | None = None) -> dict[tuple[int, int], Actor]:
        """Every actor mention in a parsed article, by character span (start, end).

        Short repeats resolve to the article's earlier full mention (surnames, "the alliance",
        "the ministry", "the president"); capitals are actors only as the subject of a verb.
        """
        when = coerce_date(date)
        memory = ArticleMemory(self.kb)
        found: dict[tuple[int, int], Actor] = {}
        roots: dict[tuple[int, int], int] = {}
        covered_until = -1
        article = doc.text  # Doc.text joins every token on each access: read it once

        @functools.cache
        def dateline_home() -> str | None:  # read once, and only when a mention needs it
            return homes.dateline_country(article, when)

        doc_tokens = list(doc)  # indexing a Doc builds a Token each time: build them once
        cache: dict[int, list[Tok]] = {}
        listed: set[int] = set()  # names listed after a resolved mention's last word
        for span_start, span_end, root in mentions(doc):
            if span_start < covered_until and span_start not in listed:  # inside a longer mention already resolved
                continue
            kept = span_tokens(doc_tokens, span_start, span_end, doc_tokens[root])
            if not kept:
                continue
            root = doc_tokens[root]
            if is_dateline(root) or in_dateline(root):
                continue  # where the reporter filed from; the words hung on it are read alone
            start, end = kept[0].idx, kept[-1].idx + len(kept[-1].text)
            text = article[start:end]
            actor = None
            self.core.last_agents = []
            key = bare_key(text)
            if key in memory.surnames and len(key.split()) <= 2:
                actor = memory.recall(text)
            if actor is None:
                actor = self.core.resolve_tokens(_toks(kept, cache), when, text, capital_ok=metonym_slot(root))
                if (actor is None or actor.country is None and actor.kb_id is None) and kept[0].i > 0 \
                        and doc_tokens[kept[0].i - 1].lower_ == "the":
                    # names whose article is part of them: "the Emirates", "the States"; and
                    # over a mere kind ("the Hermit Kingdom" is a country, "Kingdom" a government)
                    the = doc_tokens[kept[0].i - 1]
                    named = self.core.resolve_tokens(_toks([the, *kept], cache), when, text, capital_ok=metonym_slot(root))
                    if actor is None or named is not None and (named.country or named.kb_id):
                        actor = named
                if actor is not None and is_place(actor, root, self.kb):
                    # and a place's name is one: not its words alone ("Guinea" of "in Guinea-Bissau")
                    actor, named = None, all(t.pos_ in {"PROPN", "PUNCT"} for t in kept)
                    covered_until = max(covered_until, root.i + 1) if named else covered_until
                if actor is not None and modifier_agent(actor, root, self.core.last_agents):
                    actor = None
                if actor is not None and actor.country is None and actor.kb_id is None:
                    agents = self.core.last_agents
                    actor = self._located(actor, root, when, cache) or actor
                    self.core.last_agents = agents
            if actor is not None and (mass_reading(actor, root, self.core.last_agents)
                                      or condition_reading(actor, root, self.core.last_agents)
                                      or body_reading(actor, root, self.core.last_agents)):
                actor = None
            if (actor is None or (actor.country is None and actor.kb_id is None)) and not _indefinite(root):
                actor = actor and known_possessor(actor, root, memory) or memory.recall(text, partial=actor) or actor
            if actor is None and root.text in COMPASS and _definite(root) and not _locative(root):
                actor = memory.compass.get(root.text)
                actor = replace(actor, text=text) if actor is not None else None
            if actor is not None and actor.country is None and actor.kb_id is None:
                actor = known_possessor(actor, root, memory) or recalled_organisation(actor, root, memory) or actor
            if actor is not None and (homes.unplaced_official(actor, root) or homes.unplaced_body(actor, root)):
                # the body it acts for ("signed for the army"), else the report's home country
                member = homes.acting_for(actor, root, functools.partial(self.resolve_span, date=when))
                home = None if member else homes.story_home(dateline_home(), doc, found, field=homes.bare_force(actor, root))
                home = home or (homes.scene_country(root, when) if homes.bare_force(actor, root) and not member else None)
                actor = member or (replace(actor, country=home, code=join_code(home, actor.sector)) if home else actor)
            if actor is not None and is_region(actor.country):
                actor = self._regional(actor, root, when, cache, dateline_home())
            if actor is None:
                continue
            if is_headline(root.sent, article):
                # a title's phrases run over its verbs ("Protesters Storm Kyrgyz Government
                # Headquarters"): kept as mentions, but the report's "the protesters" is not theirs
                found[(start, end)] = actor
                roots[(start, end)] = root.i
                covered_until = span_end
                continue
            memory.remember(actor, self.core.last_agents)
            if not (actor.kb_id or "").startswith("person:"):  # the KB's persons are remembered by name
                name = [t.text for t in kept if t.ent_type_ == "PERSON" and t.pos_ == "PROPN"]
                memory.remember_name(" ".join(name), actor)
            found[(start, end)] = actor
            roots[(start, end)] = root.i
            covered_until = span_end
            # "the ambassadors of Chile, Peru and Bolivia": the phrase is cut at the first name,
            # and the names coordinated with it are mentions of their own (events/parties makes
            # them one group each)
            listed = {c.i for t in kept for c in t.conjuncts if c.i > kept[-1].i and c.dep_ == "conj"}
            if actor.country:
                for span, other, at in self._coordinated(kept, span_start, span_end, actor, when, cache):
                    found[span] = other
                    roots[span] = at
        stated_roles(found, roots, doc_tokens, self.kb)
        former_titles(found, roots, doc_tokens)
        pronoun_possessors(found, roots, doc_tokens)
        country_possessors(found, roots, doc_tokens)
        named_by_apposition(found, roots, doc_tokens)
        described_organisations(found, roots, doc_tokens, self.kb)
        shared_modifiers(found, roots, doc_tokens)
        shared_short_names(found, article)
        us_georgia(found, doc_tokens)
        return found

    def _coordinated(
        self, kept: list[Any], span_start: int, span_end: int, actor: Actor, when: date, cache: dict[int, list[Tok]]
    ) -> list[tuple[tuple[int, int], Actor, int]]:
        """The further parties of a phrase whose country modifier is coordinated: "Israeli and
        Palestinian negotiators", "US and British troops", "Indian, Pakistani and Chinese
        officials" name one group per country. Each conjunct, put in the first modifier's place
        ("Palestinian negotiators"), is resolved as a mention of its own (its own character
        span); the phrase keeps the first."""
        out: list[tuple[tuple[int, int], Actor, int]] = []
        ids = {t.i for t in kept}
        for k, mod in enumerate(kept):
            if mod.dep_ not in COORDINATED_MODIFIERS or mod.head.i not in ids:
                continue
            conjuncts = [c for c in mod.conjuncts if span_start <= c.i < span_end and c.i not in ids and c.text[:1].isupper()]
            if not conjuncts:
                continue
            alone = self.core.resolve_tokens(_toks([mod], cache), when, mod.text)
            if alone is None or alone.country != actor.country:
                continue  # the country does not come from this modifier ("armed and ...")
            for conj in conjuncts:
                words = [t for t in conj.lefts if t.dep_ in COORDINATED_MODIFIERS and t.text[:1].isupper()] + [conj]
                words = [t for t in words if t.i >= words[0].i]
                other = self.core.resolve_tokens(_toks([*kept[:k], *words, *kept[k + 1 :]], cache), when, conj.text)
                if other is None or not other.country or other.country == actor.country:
                    continue
                start, end = words[0].idx, conj.idx + len(conj.text)
                text = conj.doc.text[start:end]
                out.append(((start, end), replace(other, text=text), conj.i))
        return out

    def _regional(self, actor: Actor, root: Any, when: date, cache: dict[int, list[Tok]], home: str | None) -> Actor:
        """A group the knowledge base files under a CAMEO region (the Revolutionary United
        Front: "WAF", West Africa) is of the country its phrase places it in ("rebels in
        Sierra Leone"), else of the dateline's country, when that country lies in the region;
        otherwise it keeps the region."""
        placed = self._located(replace(actor, country=None), root, when, cache)
        for iso in (placed.country if placed is not None else None, home):
            if iso and in_region(iso, actor.country):
                code = iso + actor.code[3:] if actor.code and actor.code.startswith(actor.country or "") else iso
                return replace(actor, country=iso, code=code)
        return actor

    def _located(self, actor: Actor, root: Any, when: date, cache: dict[int, list[Tok]]) -> Actor | None:
        """A group named only by its kind takes the country its phrase places it in: "rebels in
        Mali", "a militant group based in Pakistan", "gunmen from Somalia", "police in Nairobi",
        "the town of Samarra". A country or capital counts, or a city or region the gazetteer
        places in one country beyond doubt; an actor that has a country keeps it ("Russian
        troops in Syria")."""
        # "an international force in Liberia", "an embassy in Tehran" are not of the place they
        # are in; "aid workers from France" are of the place they come from
        outsider = any(singular(t.lower_) in OUTSIDERS for t in root.subtree if t.i <= root.i)
        # "Moscow would keep its troops in Tajikistan": whose owned troops are is the owner's
        # (pronoun_possessors), where they are says nothing of it. "From" stays: "recalled its
        # ambassador from La Paz" names the host the coder takes as the target.
        owned = any(c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS for c in root.children)
        for prep in place_preps(root, local_office=actor.sector in LOCAL_OFFICE_SECTORS):
            if (outsider or owned) and prep.lower_ != "from":
                continue
            for obj in prep.children:
                if obj.dep_ != "pobj":
                    continue
                toks = [t for t in obj.subtree if t.i <= obj.i and not t.is_punct and t.dep_ != "det"]
                place = self.core.resolve_tokens(_toks(toks, cache), when, obj.text)
                if place is None or not place.country or place.sector not in (None, "GOV"):
                    # "in Ethiopia's Tigray region", "the town of Palma in northern Mozambique":
                    # the country the text states wins over the gazetteer's namesake (Spain's)
                    stated = [self.core.resolve_tokens(_toks(words, cache), when, obj.text) for words in place_words(obj)]
                    place = next((a for a in stated if a is not None and a.country and a.sector is None), place)
                # the small parser tags many towns PERSON or NORP: after "in" the syntax says place;
                # after a local office's "of" a town tagged ORG too ("the mayor of Omsk"), and a
                # region or province named by its town ("the governor of the Tyumen region")
                if place is None and obj.pos_ == "PROPN" and (
                        obj.ent_type_ != "ORG" or prep.lower_ == "of" and actor.sector in LOCAL_OFFICE_SECTORS):
                    iso = gazetteer_country(obj.doc.text[toks[0].idx : obj.idx + len(obj.text)]) if toks else None
                    if iso:
                        return replace(actor, country=iso, code=join_code(iso, actor.sector))
                if (place is None or not place.country) and obj.lemma_.lower() in TOWNS:
                    names = [t for t in toks if t.dep_ == "compound" and t.pos_ == "PROPN"]
                    iso = gazetteer_country(" ".join(t.text for t in names)) if names else None
                    if iso:
                        return replace(actor, country=iso, code=join_code(iso, actor.sector))
                if place is None or not place.country or place.kb_id is None or place.kb_id not in self.kb:
                    continue
                if self.kb.get(place.kb_id).kind != "country" or place.sector not in (None, "GOV"):
                    continue  # "in Iraqi jails" is no place name; a capital's GOV is its metonym reading
                if place.sector == "GOV" and place.role and not place.role.startswith("capital"):
                    continue
                return replace(actor, country=place.country, code=join_code(place.country, actor.sector))
        return None


# Dependencies of a country word modifying a group noun: "Israeli negotiators", "US troops".
COORDINATED_MODIFIERS = frozenset({"amod", "compound", "nmod"})
_NOT_FOUND = object()


def _toks(kept: list[Any], cache: dict[int, list[Tok]]) -> list[Tok]:
    out: list[Tok] = []
    for token in kept:
        found = cache.get(token.i)
        if found is None:
            ent = _ent_type(token)
            found = cache[token.i] = [Tok(token.text, key, singular(key), ent) for key in tokens(token.text)]
        out.extend(found)
    return out


def _ent_type(token: Any) -> str:
    """spaCy's entity type of a token; a one-token PERSON is "PERSON1", or nothing when it
    modifies a noun: the tagger calls most unknown capitalised words PERSON."""
    ent = token.ent_type_
    if ent == "PERSON" and token.ent_iob_ == "B":
        nxt = token.i + 1
        if nxt >= len(token.doc) or token.doc[nxt].ent_iob_ != "I":
            # alone: a modifier ("Palestinan militants") may be a misspelt adjective, a
            # subject or object ("Angela said") is taken for a person
            return "" if token.dep_ in {"amod", "compound", "nmod"} else "PERSON1"
    return ent


def _definite(root: Any) -> bool:
    return any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an", "some", "any") for c in root.children)


def _indefinite(root: Any) -> bool:
    """A bare plural object ("buses carrying migrants") introduces new people: it repeats no
    earlier group ("Egyptian migrants"). As a subject ("Police fired tear gas") a bare plural
    often is the article's group, and stays free to repeat it; so does a counted one ("at least
    twenty students" after the headline's "Twenty Students"), and a noun compound whose agent
    is a modifier ("police trucks")."""
    return (
        root.tag_ in ("NNS", "NNPS")
        and root.dep_ in ("dobj", "pobj", "dative", "attr", "oprd")
        and not any(c.dep_ in ("det", "poss", "predet", "nummod", "compound") for c in root.children)
    )


def _locative(root: Any) -> bool:
    return root.dep_ == "pobj" and root.head.lower_ in LOCATIVE
