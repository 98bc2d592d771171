"""``ActorResolver``: actors of a string, of a spaCy span, or of every mention in an article."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import replace
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any

from eventwire.actors.coref import ArticleMemory, bare_key
from eventwire.actors.kb import KnowledgeBase, tokens
from eventwire.actors.resolve import LOCATIVE, PhraseResolver, Tok, coerce_date, singular, text_tokens
from eventwire.actors.user import read_dictionary
from eventwire.records import Actor

log = logging.getLogger(__name__)

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"})
# Dependents that are not part of the actor: clauses, appositions, conjuncts, punctuation.
CUT_DEPS = frozenset({"relcl", "acl", "appos", "conj", "cc", "punct", "advcl"})
PLACE_KINDS = frozenset({"country", "seat"})
VISIT = frozenset({"visit", "reach", "enter", "tour", "host", "capture", "seize", "besiege", "encircle", "evacuate", "rebuild"})
# Verbs after which "to X" / "on X" is a destination, not a recipient.
MOTION = frozenset({
    "go", "come", "travel", "fly", "return", "arrive", "head", "move", "flee", "sail", "drive",
    "walk", "march", "relocate", "emigrate", "migrate", "escape", "retreat", "advance", "converge",
    "trek", "journey", "commute", "leave", "set", "get", "rush", "hurry", "deploy", "redeploy",
})  # fmt: skip


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
        if actor is not None and _is_place(actor, span.root, self.kb):
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
        doc_tokens = list(doc)  # indexing a Doc builds a Token each time: build them once
        cache: dict[int, list[Tok]] = {}
        for span_start, span_end, root in mentions(doc):
            if span_start < covered_until:  # inside a longer mention already resolved
                continue
            kept = span_tokens(doc_tokens, span_start, span_end, doc_tokens[root])
            if not kept:
                continue
            root = doc_tokens[root]
            start, end = kept[0].idx, kept[-1].idx + len(kept[-1].text)
            text = article[start:end]
            actor = None
            self.core.last_agents = []
            key = bare_key(text)
            if key in memory.surnames and len(key.split()) <= 2:
                actor = memory.recall(text)
            if actor is None:
                actor = self.core.resolve_tokens(_toks(kept, cache), when, text, capital_ok=_metonym_slot(root))
                if actor is None and kept[0].i > 0 and doc_tokens[kept[0].i - 1].lower_ == "the":
                    # names whose article is part of them: "the Emirates", "the States"
                    the = doc_tokens[kept[0].i - 1]
                    actor = self.core.resolve_tokens(_toks([the, *kept], cache), when, text, capital_ok=_metonym_slot(root))
                if actor is not None and _is_place(actor, root, self.kb):
                    actor = None
                if actor is not None and _modifier_agent(actor, root, self.core.last_agents):
                    actor = None
            if actor is None or (actor.country is None and actor.kb_id is None):
                actor = memory.recall(text, partial=actor) or actor
            if actor is None:
                continue
            memory.remember(actor, self.core.last_agents)
            found[(start, end)] = actor
            roots[(start, end)] = root.i
            covered_until = span_end
        _stated_roles(found, roots, doc_tokens, self.kb)
        return found


_NOT_FOUND = object()


def _stated_roles(
    found: dict[tuple[int, int], Actor], roots: dict[tuple[int, int], int], doc_tokens: list[Any], kb: KnowledgeBase
) -> None:
    """A person with an apposition that names a role ("Ahmed Hassan, Egypt's foreign minister")
    takes that role: the text says who they are on the day, the knowledge base may hold a
    namesake or another year's office."""
    by_root = {i: span for span, i in roots.items()}
    for span, i in roots.items():
        actor = found[span]
        if not actor.kb_id or actor.kb_id not in kb or kb.get(actor.kb_id).kind != "person":
            continue
        for child in doc_tokens[i].children:
            other = by_root.get(child.i) if child.dep_ == "appos" else None
            said = found.get(other) if other is not None else None
            if said is None or said.kb_id == actor.kb_id or not said.code or said.code == actor.code:
                continue
            if said.sector is None and not said.code.startswith(("IGO", "NGO", "IMG")):
                continue  # "an Egyptian": a nationality, not an office
            found[span] = replace(actor, code=said.code, country=said.country, sector=said.sector,
                                  role=said.role or said.text, valid_from=None, valid_to=None)  # fmt: skip
            break


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


def span_tokens(doc_tokens: list[Any], start: int, end: int, root: Any) -> list[Any]:
    """The tokens of doc[start:end] less trailing locative phrases, clauses, appositions and
    conjuncts (a dependent's subtree is the contiguous range of its left and right edges)."""
    skip: set[int] = set()
    for i in range(start + 1, end):
        if i in skip or i == root.i:
            continue
        token = doc_tokens[i]
        dep = token.dep_
        if dep == "prep" and token.lower_ in LOCATIVE or dep in CUT_DEPS and dep not in ("cc", "punct"):
            skip.update(range(token.left_edge.i, token.right_edge.i + 1))
        elif dep in ("cc", "punct"):
            skip.add(i)
    kept = [doc_tokens[i] for i in range(start, end) if i not in skip]
    while kept and (kept[0].dep_ == "det" or kept[0].is_punct):
        kept = kept[1:]
    while kept and kept[-1].is_punct:
        kept = kept[:-1]
    return kept


# Prepositions whose object is a party to an act, not a place: a capital there is its government.
METONYM_PREPS = frozenset({"by", "against", "with"})


def _metonym_slot(root: Any) -> bool:
    """Where a capital stands for its government: a subject ("Beijing denied"), or the object
    of a verb other than one of going or visiting ("accusing Beijing", not "visited Beijing")."""
    if root.dep_ in SUBJECT_DEPS:
        return True
    if root.dep_ == "poss" or root.dep_ == "pobj" and root.head.lower_ in METONYM_PREPS:
        # "Moscow's denial", "sanctions against Tehran", "attacked by Kyiv", "an admission by
        # Moscow"; "stand by Kyiv" is no agent
        return root.head.lower_ != "by" or root.head.dep_ == "agent" or root.head.head.pos_ == "NOUN"
    verb = root.head.lemma_.lower()
    return root.dep_ == "dobj" and root.head.pos_ == "VERB" and verb not in MOTION and verb not in VISIT


def _modifier_agent(actor: Actor, root: Any, agents: list[str]) -> bool:
    """An agent word that only modifies the phrase's head names no actor: "an official
    protest", "military occupation" (the head is not the agent)."""
    if actor.kb_id is not None or actor.country is not None or root.pos_ not in ("NOUN", "PROPN"):
        return False
    head = {root.lower_, singular(root.lower_)}
    return not any(head & set(agent.split()) for agent in agents)


def _is_place(actor: Actor, root: Any, kb: KnowledgeBase) -> bool:
    """A country, seat or capital named as the object of "in", "at" ... is a place, not an actor.

    "to" and "on" name a place only after a verb of motion ("flew to Beijing"), and "to" after
    a noun that is no verb's object ("the road to Kyiv"); otherwise their object is a recipient
    or target ("handed the suspects over to Britain", "imposed sanctions on Iran", "sent tanks
    to Ukraine", "the attack on Israel").
    """
    if actor.kb_id is None or actor.kb_id not in kb:
        return False
    kind = kb.get(actor.kb_id).kind
    if kind not in PLACE_KINDS:
        return False
    if root.dep_ != "pobj" or root.head.lower_ not in LOCATIVE:
        return False
    if root.tag_ in ("NNS", "NNPS") and root.ent_type_ != "GPE" or root.ent_type_ == "NORP":
        return False  # a people, not a place: "a curfew on Palestinians"
    prep = root.head
    if prep.lower_ == "at" and kind == "country" and prep.head.pos_ == "VERB":
        return False  # one is "in" a country, never "at" it: "a rebuke aimed at China"
    if prep.lower_ in ("to", "on"):
        governor = prep.head
        if governor.pos_ == "VERB":
            return governor.lemma_.lower() in MOTION
        if prep.lower_ == "on":
            return False  # "sanctions on Belarus", "strikes on Lebanon": the target of an act
        # "the road to Kyiv" is a place; "sent tanks to Ukraine", "pledged aid to Ukraine" a recipient
        verb = governor.head
        return not (governor.dep_ in {"dobj", "dative"} and verb.pos_ == "VERB" and verb.lemma_.lower() not in MOTION)
    return True


def mentions(doc: Any) -> list[tuple[int, int, int]]:
    """Candidate actor mentions as (start, end, root) token indexes, longest first at each start:
    noun chunks (with their "of" and "for" phrases: "the head of the army", "a spokesman for the
    ministry") and named entities. An entity inside a chunk is tried when the chunk names no
    actor ("Russia's war")."""
    spans = []
    for chunk in doc.noun_chunks:
        root = chunk.root
        if root.pos_ == "PRON":
            continue
        end = chunk.end
        for child in root.rights:
            if child.dep_ == "prep" and child.lower_ in ("of", "for"):
                end = max(end, child.right_edge.i + 1)
        spans.append((chunk.start, end, root.i))
        if end > chunk.end:
            spans.append((chunk.start, chunk.end, root.i))
    for ent in doc.ents:
        if ent.label_ in ENTITY_LABELS:
            spans.append((ent.start, ent.end, ent.root.i))
    spans.sort(key=lambda s: (s[0], s[0] - s[1]))
    return spans
