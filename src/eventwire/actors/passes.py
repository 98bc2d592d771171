"""Article passes over the resolved mentions of a parse, after each was resolved on its own.

A person's apposition states their office ("Ahmed Hassan, Egypt's foreign minister") or who an
unknown person is ("Maria Lopez, a Chilean lawyer"); a group owned by a pronoun takes the
subject above it ("Bosnian Serbs said their forces ..."); "Haftar's administration" takes the
country of the Haftar named earlier.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from eventwire.actors.codes import join_code
from eventwire.actors.coref import ArticleMemory, bare_key
from eventwire.actors.kb import KnowledgeBase
from eventwire.actors.placing import SUBJECT_DEPS
from eventwire.records import Actor


def stated_roles(
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
        before = _title_before(doc_tokens[i], by_root)
        for other in [by_root.get(c.i) for c in doc_tokens[i].children if c.dep_ == "appos"] + before:
            said = found.get(other) if other is not None else None
            if said is None or said.kb_id == actor.kb_id or not said.code or said.code == actor.code:
                continue
            if other in before and not (said.country or said.code.startswith(("IGO", "NGO", "IMG"))):
                continue  # "their foreign ministers, David Miliband and ...": no office placed yet
            if said.sector is None and not said.code.startswith(("IGO", "NGO", "IMG")):
                continue  # "an Egyptian": a nationality, not an office
            found[span] = replace(actor, code=said.code, country=said.country, sector=said.sector,
                                  role=said.role or said.text, valid_from=None, valid_to=None)  # fmt: skip
            break


# Head nouns of an office a person is named after ("the OAS secretary-general, Jose Miguel Insulza")
OFFICE_HEADS = frozenset({
    "secretary", "general", "secretary-general", "minister", "president", "chairman", "chairwoman", "chair",
    "chief", "head", "envoy", "ambassador", "director", "commander", "spokesman", "spokeswoman",
})  # fmt: skip


def _title_before(person: Any, by_root: dict[int, tuple[int, int]]) -> list[tuple[int, int] | None]:
    """The mention inside an office title the person is in apposition to, written before the
    name ("the OAS secretary-general, Jose Miguel Insulza"): the office the text gives them."""
    head = person.head
    if person.dep_ != "appos" or head.i >= person.i or head.lemma_.lower() not in OFFICE_HEADS:
        return []
    return [by_root[t.i] for t in head.subtree if t.i < person.i and t.i in by_root]


def described_organisations(
    found: dict[tuple[int, int], Actor], roots: dict[tuple[int, int], int], doc_tokens: list[Any], kb: KnowledgeBase
) -> None:
    """A description in apposition to a named organisation is that organisation: "the
    Collective Security Treaty Organization, a Russian-led military alliance" is the CSTO, not
    Russia's military (the description's country says who leads it, not who it is)."""
    by_root = {i: span for span, i in roots.items()}
    for span, j in list(roots.items()):
        token = doc_tokens[j]
        if token.dep_ != "appos" or token.pos_ != "NOUN":
            continue
        named = by_root.get(token.head.i)
        owner = found.get(named) if named is not None else None
        if owner is None or owner.kb_id is None or owner.kb_id not in kb or kb.get(owner.kb_id).kind in {"person", "country"}:
            continue
        if not (owner.code or "").startswith(("IGO", "NGO", "IMG")) or found[span].code == owner.code:
            continue  # an international body: a state's agency keeps its description's sector
        found[span] = replace(owner, text=found[span].text)


def named_by_apposition(
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


# Members of a body that the body itself stands for: "leaders of the bloc", "the alliance's
# envoys" act as the organisation named earlier.
_MEMBER_SECTORS = frozenset({"GOV", "ELI", "UNK"})


def recalled_organisation(actor: Actor, root: Any, memory: ArticleMemory) -> Actor | None:
    """"Leaders of the 15-nation bloc", "the alliance's ministers": officials of an
    international organisation the article named before ("ECOWAS ... the bloc") act as it."""
    if actor.sector not in _MEMBER_SECTORS:
        return None
    # common nouns, lower case (the tagger may call "bloc" a proper noun)
    owners = [c for c in root.children if c.dep_ == "poss" and c.text.islower()]
    owners += [g for c in root.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
               if g.dep_ == "pobj" and g.text.islower() and any(d.lower_ == "the" for d in g.children)]
    for owner in owners:
        found = memory.recall(owner.text)
        if found is not None and (found.code or "").startswith("IGO"):
            return replace(found, text=actor.text)
    return None


POSSESSIVE_PRONOUNS = frozenset({"its", "their", "his", "her"})


def known_possessor(actor: Actor, root: Any, memory: ArticleMemory) -> Actor | None:
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


def pronoun_possessors(
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
        if any(c.dep_ == "poss" and c.lower_ == "whose" for c in token.children) and token.head.dep_ == "relcl":
            # "France, whose leaders spoke with Sisi": the clause's antecedent owns them
            owner = found.get(by_root.get(token.head.head.i, (-1, -1)))
            if owner is not None and owner.country:
                found[span] = replace(actor, country=owner.country, code=join_code(owner.country, actor.sector))
            continue
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


# Countries whose short name is shared with a neighbour: wire style names the Democratic Republic
# of Congo "Congo" after the first mention, as it does the Republic of Congo in a report on it.
# (the short name's own country, the fuller one, a pattern naming the fuller, one naming the short)
SHORT_NAMES = (
    ("COG", "COD", re.compile(r"\bDemocratic\s+Republic\s+of\s+(?:the\s+)?Congo\b|\bD\.?R\.?\s*Congo\b|\bDRC\b"),
     re.compile(r"(?<!Democratic )\bRepublic\s+of\s+(?:the\s+)?Congo\b|\bCongo[- ]Brazzaville\b|\bBrazzaville\b")),
)


def shared_short_names(found: dict[tuple[int, int], Actor], text: str) -> None:
    """"GOMA, Democratic Republic of Congo ... Congo's government": in an article that names
    the Democratic Republic of Congo, and never the Republic of Congo, "Congo" is the former."""
    for short, full, names_full, names_short in SHORT_NAMES:
        if not names_full.search(text) or names_short.search(text):
            continue
        for span, actor in found.items():
            if actor.country == short:
                found[span] = replace(actor, country=full, code=join_code(full, actor.sector),
                                      kb_id=f"country:{full}" if actor.kb_id == f"country:{short}" else actor.kb_id)


def shared_modifiers(
    found: dict[tuple[int, int], Actor], roots: dict[tuple[int, int], int], doc_tokens: list[Any]
) -> None:
    """Coordinated kinds share the country word before the first: "Iraqi police and soldiers",
    "the Danish media and government" are Iraqi soldiers and the Danish government. Only a bare
    conjunct (no country, determiner or owner of its own: "Iraqi police and the soldiers" may be
    anyone's) takes it, and only from a country adjective or noun modifying the first kind."""
    by_root = {i: span for span, i in roots.items()}
    for span, j in roots.items():
        actor = found[span]
        token = doc_tokens[j]
        if actor.country or actor.kb_id or not actor.sector or token.dep_ != "conj":
            continue
        if any(c.dep_ in {"det", "poss", "amod", "compound", "nmod"} for c in token.lefts):
            continue
        first = found.get(by_root.get(token.head.i, (-1, -1)))
        if first is None or not first.country or first.kb_id and first.kb_id.startswith("person:"):
            continue
        modifier = next((c for c in token.head.lefts if c.dep_ in {"amod", "compound", "nmod"} and c.i < token.head.i
                         and c.ent_type_ in {"NORP", "GPE"}), None)
        if modifier is None:
            continue
        found[span] = replace(actor, country=first.country, code=join_code(first.country, actor.sector))


# "The country's main opposition party", "the nation's largest union": the country is the one
# the sentence named before it ("Kenya's government banned the country's largest opposition party").
COUNTRY_NOUNS = frozenset({"country", "nation"})


def country_possessors(
    found: dict[tuple[int, int], Actor], roots: dict[tuple[int, int], int], doc_tokens: list[Any]
) -> None:
    """Give a mention owned by "the country's" the country of the nearest actor before it in
    its sentence (a country's name or any actor placed in one)."""
    for span, i in roots.items():
        actor = found[span]
        if actor.country or (actor.code or "").startswith("IGO"):
            continue
        root = doc_tokens[i]
        heads = [root] + [o for p in root.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
        owner = next((c for h in heads for c in h.children if c.dep_ == "poss" and c.lemma_.lower() in COUNTRY_NOUNS
                      and any(d.dep_ == "det" and d.lower_ == "the" for d in c.children)), None)
        if owner is None:
            continue
        before = [(s, a) for s, a in found.items() if a.country and s[1] <= owner.idx
                  and doc_tokens[roots[s]].sent.start == root.sent.start]
        if before:
            country = max(before, key=lambda pair: pair[0][1])[1].country
            found[span] = replace(actor, country=country, code=join_code(country, actor.sector))
