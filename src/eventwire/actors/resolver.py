"""``ActorResolver``: actors of a string, of a spaCy span, or of every mention in an article."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import replace
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any

from eventwire.actors.codes import join_code
from eventwire.actors.coref import ArticleMemory, bare_key
from eventwire.actors.kb import KnowledgeBase, tokens
from eventwire.actors.resolve import LOCATIVE, PhraseResolver, Tok, coerce_date, singular, text_tokens
from eventwire.actors.user import read_dictionary
from eventwire.nlp.dateline import after_dateline, in_dateline, is_dateline
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
                actor = self.core.resolve_tokens(_toks(kept, cache), when, text, capital_ok=_metonym_slot(root))
                if actor is None and kept[0].i > 0 and doc_tokens[kept[0].i - 1].lower_ == "the":
                    # names whose article is part of them: "the Emirates", "the States"
                    the = doc_tokens[kept[0].i - 1]
                    actor = self.core.resolve_tokens(_toks([the, *kept], cache), when, text, capital_ok=_metonym_slot(root))
                if actor is not None and _is_place(actor, root, self.kb):
                    actor = None
                if actor is not None and _modifier_agent(actor, root, self.core.last_agents):
                    actor = None
                if actor is not None and actor.country is None and actor.kb_id is None:
                    agents = self.core.last_agents
                    actor = self._located(actor, root, when, cache) or actor
                    self.core.last_agents = agents
            if actor is None or (actor.country is None and actor.kb_id is None):
                actor = memory.recall(text, partial=actor) or actor
            if actor is not None and actor.country is None and actor.kb_id is None:
                actor = _known_possessor(actor, root, memory) or actor
            if actor is None:
                continue
            memory.remember(actor, self.core.last_agents)
            if not (actor.kb_id or "").startswith("person:"):  # the KB's persons are remembered by name
                name = [t.text for t in kept if t.ent_type_ == "PERSON" and t.pos_ == "PROPN"]
                memory.remember_name(" ".join(name), actor)
            found[(start, end)] = actor
            roots[(start, end)] = root.i
            covered_until = span_end
            if actor.country:
                for span, other, at in self._coordinated(kept, span_start, span_end, actor, when, cache):
                    found[span] = other
                    roots[span] = at
        _stated_roles(found, roots, doc_tokens, self.kb)
        _pronoun_possessors(found, roots, doc_tokens)
        _named_by_apposition(found, roots, doc_tokens)
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

    def _located(self, actor: Actor, root: Any, when: date, cache: dict[int, list[Tok]]) -> Actor | None:
        """A group named only by its kind takes the country its phrase places it in: "rebels in
        Mali", "a militant group based in Pakistan", "gunmen from Somalia", "police in Nairobi",
        "the town of Samarra". A country or capital counts, or a city or region the gazetteer
        places in one country beyond doubt; an actor that has a country keeps it ("Russian
        troops in Syria")."""
        # "an international force in Liberia", "an embassy in Tehran" are not of the place they
        # are in; "aid workers from France" are of the place they come from
        outsider = any(singular(t.lower_) in OUTSIDERS for t in root.subtree if t.i <= root.i)
        for prep in _place_preps(root, local_office=actor.sector in LOCAL_OFFICE_SECTORS):
            if outsider and prep.lower_ != "from":
                continue
            for obj in prep.children:
                if obj.dep_ != "pobj":
                    continue
                toks = [t for t in obj.subtree if t.i <= obj.i and not t.is_punct and t.dep_ != "det"]
                place = self.core.resolve_tokens(_toks(toks, cache), when, obj.text)
                # the small parser tags many towns PERSON or NORP: after "in" the syntax says place
                if place is None and obj.pos_ == "PROPN" and obj.ent_type_ != "ORG":
                    iso = gazetteer_country(obj.doc.text[toks[0].idx : obj.idx + len(obj.text)]) if toks else None
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


# Nouns of places: "the town of Samarra" is a town in Iraq.
PLACE_NOUNS = frozenset({"town", "city", "village", "province", "region", "district", "port", "capital", "enclave"})


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


# Sectors of offices named after their place: "the governor of Kandahar", "the mayor of Istanbul".
LOCAL_OFFICE_SECTORS = frozenset({"GOV", "COP", "JUD", "LEG"})


def _place_preps(root: Any, *, local_office: bool = False) -> list[Any]:
    """The prepositions under ``root`` whose object places it: "in", "from", "inside"; "of"
    after a place noun or a local office; those under "based", "stationed"."""
    of_ok = local_office or root.lemma_.lower() in PLACE_NOUNS
    preps = []
    for child in root.rights:
        if child.dep_ == "prep" and (child.lower_ in PLACING or child.lower_ == "of" and of_ok):
            preps.append(child)
        elif child.dep_ in ("acl", "amod") and (child.lemma_.lower() in BASED or child.lower_ in BASED):
            preps += [c for c in child.children if c.dep_ == "prep" and c.lower_ in PLACING]
    return preps


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


def _named_by_apposition(
    found: dict[tuple[int, int], Actor], roots: dict[tuple[int, int], int], doc_tokens: list[Any]
) -> None:
    """A person the knowledge base does not know, with an apposition that says who they are
    ("Salim Haddad, Lebanon's energy minister", "Maria Lopez, a Chilean lawyer"), is that: the
    apposition's country and sector, under the person's own name."""
    resolved = set(roots.values())
    for span, j in list(roots.items()):
        said = found[span]
        head = doc_tokens[j].head
        if doc_tokens[j].dep_ != "appos" or head.i in resolved or head.ent_type_ != "PERSON" or head.i > j:
            continue
        if not said.country and not (said.code or "").startswith(("IGO", "NGO", "IMG")):
            continue
        first = last = head.i
        while first > 0 and doc_tokens[first].ent_iob_ == "I":
            first -= 1
        while last + 1 < len(doc_tokens) and doc_tokens[last + 1].ent_iob_ == "I":
            last += 1
        if last - first < 1:
            continue  # one word: too often a misread title or place
        start, end = doc_tokens[first].idx, doc_tokens[last].idx + len(doc_tokens[last].text)
        if any(s < end and start < e for s, e in found):
            continue
        text = doc_tokens[0].doc.text[start:end]
        found[(start, end)] = replace(said, text=text, name=text, kb_id=None, role=said.role or said.text,
                                      valid_from=None, valid_to=None)  # fmt: skip
        roots[(start, end)] = head.i
        resolved.add(head.i)


POSSESSIVE_PRONOUNS = frozenset({"its", "their", "his", "her"})


def _known_possessor(actor: Actor, root: Any, memory: ArticleMemory) -> Actor | None:
    """"Haftar's administration", "Kagame's government": an agent owned by a person the article
    named earlier with a country ("Libyan commander Khalifa Haftar") is that country's."""
    for child in root.children:
        if child.dep_ != "poss" or child.pos_ != "PROPN":
            continue
        names = [t.text for t in child.children if t.dep_ == "compound" and t.pos_ == "PROPN"] + [child.text]
        for key in (bare_key(" ".join(names[-2:])), bare_key(names[-1])):
            owner = memory.surnames.get(key)
            if owner is not None and owner.country:
                return replace(actor, country=owner.country, code=join_code(owner.country, actor.sector))
    return None


def _pronoun_possessors(
    found: dict[tuple[int, int], Actor], roots: dict[tuple[int, int], int], doc_tokens: list[Any]
) -> None:
    """A group named by its kind with a possessive pronoun, acting as a subject ("their forces
    had withdrawn"), is the group of the subject of a clause above it: "Bosnian Serbs said their
    forces had withdrawn". The subject is looked for on the verbs above the mention, nearest
    first; one without a country leaves the mention as it is, and so does another party on the
    way. As an object ("Syria offered its troops to Lebanon") the group is the owner's means,
    not a party to the act, and keeps no country."""
    by_root = {i: span for span, i in roots.items()}
    for span, i in roots.items():
        actor = found[span]
        if actor.country is not None or actor.kb_id is not None:
            continue
        token = doc_tokens[i]
        if token.dep_ not in SUBJECT_DEPS:
            continue  # "Syria offered its troops to Lebanon": the owner's own means, not a party
        if not any(c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS for c in token.children):
            continue
        above = {a.i for a in token.ancestors}
        for verb in token.ancestors:
            subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i != i and c.i in by_root]
            if not subjects:
                continue
            owner = found[by_root[subjects[0].i]]
            # another party on the way ("Israel accused Hamas of hiding its fighters") makes the
            # pronoun ambiguous
            rivals = {found[s].country for s, j in roots.items()
                      if j != subjects[0].i and doc_tokens[j].head.i in above and found[s].country}  # fmt: skip
            if owner.country and not rivals - {owner.country}:
                found[span] = replace(
                    actor, country=owner.country, code=join_code(owner.country, actor.sector)
                )
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
    conjuncts (a dependent's subtree is the contiguous range of its left and right edges), and
    less leading determiners and quantity words."""
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
    # leading determiners and quantity words: "up to 1,000 ethnic Turks", "about 20 people"
    while kept and (kept[0].dep_ in ("det", "quantmod") or kept[0].is_punct):
        kept = kept[1:]
    while kept and kept[-1].is_punct:
        kept = kept[:-1]
    return kept


# Prepositions whose object is a party to an act, not a place: a capital there is its government.
METONYM_PREPS = frozenset({"by", "against", "with"})


def _metonym_slot(root: Any) -> bool:
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
    verb = root.head.lemma_.lower()
    return root.dep_ == "dobj" and root.head.pos_ == "VERB" and verb not in MOTION and verb not in VISIT


RANKS = frozenset({"deputy", "vice", "assistant", "acting", "associate", "junior", "senior"})


def _modifier_agent(actor: Actor, root: Any, agents: list[str]) -> bool:
    """An agent word that only modifies the phrase's head names no actor: "an official
    protest", "military occupation" (the head is not the agent)."""
    if (
        actor.kb_id is not None
        or actor.country is not None
        or not agents
        or root.pos_ not in ("NOUN", "PROPN")
    ):
        return False
    head = {root.lower_, singular(root.lower_)}
    # A noun compound names something of its agent ("the police response", "an army
    # base"): the agent acts or is acted on through it; an adjective does not ("military
    # occupation", "an official protest").
    # "deputy" before a noun is a rank ("deputy director"), not a legislator
    compounds = {c.lower_ for c in root.children if c.dep_ == "compound" and c.pos_ == "NOUN" and c.lower_ not in RANKS}
    compounds |= {singular(w) for w in compounds}
    if any(agent.split()[-1] in compounds for agent in agents):
        return False
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
