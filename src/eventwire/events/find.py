"""Finding predicates and their arguments in a spaCy dependency parse.

A predicate is a verb, or an event noun ("NATO's rebuke of China"). Its source is the subject
(the ``by`` agent in the passive), its target the object, dative, or the object of a target
preposition ("against", "on", "with", "to"...); a complement clause lends its object when the
predicate has none ("threatened to cut off electricity to Y"). Arguments are mapped to resolved
actors by the nearest actor mention inside the argument's noun phrase, so "the Chinese embassy
in Washington" is the Chinese actor, not Washington. Coordinated arguments give one actor each.
"""

from __future__ import annotations

from collections import deque
from typing import Any

from eventwire.events.actor_index import ActorIndex, ActorRef
from eventwire.events.appeals import appealed_to
from eventwire.events.attributes import SPEECH, speech_head
from eventwire.events.clauses import (
    SUBJ_DEPS,
    relative_object,
)
from eventwire.events.places import DENIAL, place_word  # noqa: F401 (place_word: read from here by tests)
from eventwire.events.subjects import subject

Token = Any  # spacy.tokens.Token
Span = Any

# Prepositions whose object is the target of the predicate ("behind": whom one lines up, rallies
# or throws one's weight behind, CAMEO 051).
TARGET_PREPS = frozenset({
    "against", "on", "upon", "with", "to", "at", "into", "toward", "towards", "over", "from",
    "of", "for", "in", "between", "behind",
})  # fmt: skip
# Order of preference when a predicate has several target prepositions.
_PREP_RANK = {p: i for i, p in enumerate(
    ["against", "on", "upon", "with", "to", "toward", "towards", "behind", "at", "into", "over", "from", "of", "for", "in",
     "between"]
)}
# Dependencies that leave the noun phrase: a clause inside it names other participants.
_CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "conj", "cc", "appos", "punct", "parataxis"})
# Verbs of handing something or someone over to another party (CAMEO 06x cooperation, 07x aid,
# 063 extradition, 0841 release to).
TRANSFER_VERBS = frozenset({
    "donate", "give", "hand", "turn", "extradite", "deliver", "supply", "ship", "transfer", "sell",
    "lend", "airlift", "deport", "repatriate",
})  # fmt: skip
# Verbs of going somewhere: their "with" phrase is company ("flew to Kyiv with his ministers").
MOTION_VERBS = frozenset({
    "travel", "fly", "go", "come", "arrive", "head", "return", "journey", "sail", "drive", "walk",
    "move", "tour",
})  # fmt: skip
# Prepositions of where someone goes or is taken (general English).
DESTINATION_PREPS = frozenset({"to", "toward", "towards", "into"})
# Fleeing (general English): where people flee to (or across) is no party to what made them flee.
FLIGHT_VERBS = frozenset({"flee", "escape"})
# "at the request of X", "on behalf of X", "at X's invitation": who asked for the act, not whom
# it is aimed at (general English idioms).
INSTIGATION = frozenset({"request", "invitation", "behalf", "behest", "urging", "insistence", "initiative", "order"})


def instigation(token: Token) -> bool:
    """The object of "at"/"on" naming who asked for the act ("at the request of the US")."""
    return (token.dep_ == "pobj" and token.head.lower_ in {"at", "on", "upon"}
            and token.lemma_.lower() in INSTIGATION and token.head.head.pos_ in {"VERB", "AUX"})


VENUE_NOUNS = frozenset({"sideline", "sidelines", "margin", "margins", "fringe", "fringes"})
# Nouns of the parties another stands in a relation with (general English): "Taiwan's partners",
# "its backers" are others than their owner (mutuality.RELATION_NOUNS are the relations).
PARTNER_NOUNS = frozenset({"partner", "ally", "backer", "sponsor", "friend", "patron"})
PRONOUNS = frozenset({"it", "they", "he", "she", "them", "him", "her", "its", "their", "his"})
# First person in a quotation: the quoted speaker ("We will increase our support", he said).
FIRST_PERSON = frozenset({"we", "our", "us", "i", "my", "me"})
_OPEN_QUOTES = "\u201c\""
_CLOSE_QUOTES = "\u201d\""


def clause_with_subject(verb: Token, deps: frozenset[str] = SUBJ_DEPS) -> Token:
    """``verb`` or, while it has no subject of ``deps``, the verb it is the purpose, complement
    or second half of ("had rallied in the square to protest", "seized power, dismissing ...")."""
    while not any(c.dep_ in deps for c in verb.children) and verb.dep_ in {"advcl", "xcomp", "conj"}:
        verb = verb.head
    return verb


def relation_owner(token: Token) -> bool:
    """"Taiwan" of "Taiwan's partners": the owner of a relation noun, not the party it names."""
    return token.dep_ == "poss" and token.head.lemma_.lower() in PARTNER_NOUNS


def phrase_actor(token: Token, index: ActorIndex) -> ActorRef | None:
    """The actor nearest to ``token`` inside its noun phrase (breadth-first, modifiers first)."""
    queue: deque[Token] = deque([token])
    seen = {token.i}
    while queue:
        current = queue.popleft()
        ref = index.at(current)
        if ref is not None and not (current.i != token.i and place_word(current)):
            # (a common place noun in a locative phrase inside the argument says where it is:
            # "gathered at a restaurant in the capital" is no act on the government)
            return ref
        children = [c for c in current.children if c.dep_ not in _CLAUSE_DEPS and c.i not in seen]
        # Modifiers before the head (poss, amod, compound) before prepositional attachments.
        children.sort(key=lambda c: (c.i > current.i, abs(c.i - current.i)))
        for child in children:
            if child.pos_ == "VERB" and child.dep_ not in {"amod", "compound"}:
                continue
            if child.dep_ == "prep" and any(g.lemma_.lower() in VENUE_NOUNS for g in child.children):
                continue  # "talks on the sidelines of a WTO meeting": where the talks were
            if relation_owner(child) and index.at(current) is None:
                continue  # "urged Taiwan's partners": others than Taiwan, who stand by it
            seen.add(child.i)
            queue.append(child)
    return None


def argument_actors(token: Token, index: ActorIndex, sent: Span) -> list[ActorRef]:
    """The actors of an argument and of the arguments coordinated with it (the further parties
    an argument names are found by ``parties``)."""
    from eventwire.events.context import is_vague
    from eventwire.events.parties import (
        authored_by,
        between_others,
        co_subjects,
        coordinated_demonyms,
        included_members,
        listed_appositions,
        mention_tokens,
        paired_countries,
        placed_parties,
        repeated_prepositions,
    )

    found: list[ActorRef] = []
    heads = [token, *(c for c in token.conjuncts if c.i > token.i)]
    if token.dep_ in SUBJ_DEPS:
        heads += [t for t in co_subjects(token) if t not in heads]
        if token.head.dep_ == "relcl" and any(c.dep_ == "poss" and c.lower_ == "whose" for c in token.children):
            # "France and Italy, whose leaders spoke with Sisi": each antecedent's own
            heads += [c for c in token.head.head.conjuncts if c not in heads]
    first = phrase_actor(token, index)
    if first is not None and sent.start <= first.token < sent.end:
        # "Barack Obama and Vladimir Putin": the parser may hang the coordination on another
        # word of the first name's mention than the argument's own token
        heads += [c for t in mention_tokens(first, sent) for c in t.conjuncts if c.i > token.i and c not in heads]
    heads += listed_appositions(token, heads)
    heads += [t for t in paired_countries(token, index) if t not in heads]
    heads += [t for t in repeated_prepositions(token) if t not in heads]
    for head in heads:
        ref = phrase_actor(head, index)
        if ref is not None and ref.actor.kb_id is None and (members := included_members(head, index, sent)):
            found.extend(m for m in members if all(m.span != f.span for f in found))
            if ref.actor.country is None and not is_vague(ref.actor):
                continue  # "aid groups, including Oxfam": the kind stands for its members
            # "14 prisoners, including a U.S. citizen": the members are some of the group
        if ref is None and head.dep_ in {"dobj", "conj"} and token.dep_ == "dobj":
            ref = authored_by(head, index)
        if ref is not None and sent.start <= ref.token < sent.end:
            found.extend(r for r in coordinated_demonyms(ref, index, sent) if all(r.span != f.span for f in found))
            found.extend(r for r in placed_parties(ref, head, index, sent) if all(r.span != f.span for f in found))
        if ref is None and (token.dep_ in SUBJ_DEPS or token.dep_ == "ROOT"):
            # "Sidhoum, Algeria's leading activist, staged": the apposition names who it is.
            # It stands before the verb: one after it is the parser's misreading of a later list
            # ("both sides committed to ... two corridors: one on the border with Chad"); a root
            # subject is a verbless parse's (``_verbless_lead``)
            ref = next((r for c in head.children if c.dep_ == "appos"
                        and (token.dep_ == "ROOT" or c.i < token.head.i or token.head.i < token.i)
                        and (r := phrase_actor(c, index))), None)
        outside_ok = False
        if ref is None and (group := plural_speakers(head, index, sent)):
            found.extend(r for r in group if all(r.span != f.span for f in found))
            continue
        if ref is None and head.lower_ in PRONOUNS:
            ref = resolve_pronoun(head, index, sent)
            outside_ok = True
        elif ref is None and head.dep_ in SUBJ_DEPS and (owner := next(
                (c for c in head.children if c.dep_ == "poss" and c.lower_ in {"its", "their"}), None)) is not None:
            # "the military said its jets struck ...": what no actor names, owned by a pronoun,
            # acts for its owner (subjects only: in "destroyed their homes" the owner suffers)
            ref = resolve_pronoun(owner, index, sent)
            outside_ok = True
        elif ref is None and head.lower_ in FIRST_PERSON:
            ref = quote_speaker(head, index)
            outside_ok = True
        inside = ref is not None and sent.start <= ref.token < sent.end
        if ref is not None and (inside or outside_ok) and all(ref.span != f.span for f in found):
            found.append(ref)
        if ref is not None and inside:
            found.extend(r for r in between_others(sent.doc[ref.token], head, index) if all(r.span != f.span for f in found))
    return found


# The last Doc quote_speaker read and its text. ``Doc.text`` joins every token's text anew on
# each call (most of quote_speaker's time: it runs once per first-person pronoun, and a long
# interview has hundreds); the Doc is held, so ``is`` cannot be fooled by a reused id.
_LAST_TEXT: list[Any] = [None, ""]


def _doc_text(doc: Any) -> str:
    if _LAST_TEXT[0] is not doc:
        _LAST_TEXT[:] = [doc, doc.text]
    return str(_LAST_TEXT[1])


def quote_speaker(token: Token, index: ActorIndex) -> ActorRef | None:
    """The actor quoted when ``token`` (a first-person pronoun) is inside a quotation: the named
    subject of a verb of saying after the quotation ("...," Stoltenberg said) or, when that
    subject is a pronoun, the subject of the last verb of saying before it in the paragraph."""
    doc = token.doc
    text = _doc_text(doc)
    para_start = text.rfind("\n", 0, token.idx) + 1
    para_end = text.find("\n", token.idx)
    para_end = len(text) if para_end < 0 else para_end
    opened = max(text.rfind(q, para_start, token.idx) for q in _OPEN_QUOTES)
    if opened < 0 or any(text.find(q, opened + 1, token.idx) >= 0 for q in "\u201d"):
        return None
    closed = min((i for i in (text.find(q, token.idx, para_end) for q in _CLOSE_QUOTES) if i >= 0), default=-1)
    if closed >= 0:
        after = doc.char_span(closed, para_end, alignment_mode="expand")
        for tok in after or ():
            if tok.lemma_.lower() in SPEECH:
                ref = _speech_subject(tok, index)
                if ref is not None:
                    return ref
                break
    before = doc.char_span(para_start, opened, alignment_mode="expand")
    for tok in reversed(list(before or ())):
        if tok.lemma_.lower() in SPEECH:
            ref = _speech_subject(tok, index)
            if ref is not None:
                return ref
    return None


def _speech_subject(verb: Token, index: ActorIndex) -> ActorRef | None:
    for child in verb.children:
        if child.dep_ in SUBJ_DEPS:
            return phrase_actor(child, index)
    return None


def line_segments(sent: Span) -> list[Span]:
    """``sent`` cut at line breaks: the parser does not split a title or a teaser line from
    the paragraph after it."""
    doc = sent.doc
    segments, start = [], sent.start
    for token in sent:
        if "\n" in token.text or "\n" in token.whitespace_:
            end = token.i if token.is_space else token.i + 1
            if end > start:
                segments.append(doc[start:end])
            start = token.i + 1
    if start < sent.end:
        segments.append(doc[start : sent.end])
    return [s for s in segments if s.text.strip()]


def plural_speakers(token: Token, index: ActorIndex, sent: Span) -> list[ActorRef]:
    """"The US, Saudi Arabia and Egypt said they supported ...": "they" as the subject of what
    several coordinated speakers say is all of them (``resolve_pronoun`` gives one actor)."""
    if token.lower_ != "they" or token.dep_ not in SUBJ_DEPS or token.head.dep_ != "ccomp":
        return []
    speech = token.head.head
    if speech.lemma_.lower() not in SPEECH:
        return []
    said_by, passive = subject(speech)
    if said_by is None or passive or said_by.lower_ in PRONOUNS:
        return []
    group = argument_actors(said_by, index, sent)
    return group if len(group) > 1 else []


def resolve_pronoun(token: Token, index: ActorIndex, sent: Span) -> ActorRef | None:
    """A third-person pronoun's actor: the speaker for "X said it ...", else the nearest actor
    before it in the sentence that is not the predicate's subject, else the previous sentence's
    subject actor."""
    verb = token.head
    if token.dep_ in SUBJ_DEPS:
        speech = verb.head if verb.dep_ == "ccomp" else None
        if speech is not None and speech.lemma_.lower() in SPEECH:
            # "X said it ...", and "X bombed villages, saying it was targeting militants": a
            # participle of saying has no subject of its own; it speaks for its clause's subject
            said_by, passive = subject(speech)
            # "he"/"she" is a person, never a state or body named by a place or organisation
            # ("Washington criticised the release, saying he had helped Iran")
            personal = token.lower_ in {"he", "she"} and said_by is not None and said_by.ent_type_ in {"GPE", "ORG", "NORP"}
            # nor is one person a plural speaker ("the foreign ministers ... said he had agreed")
            plural = (token.lower_ in {"he", "she"} and said_by is not None
                      and (said_by.tag_ in {"NNS", "NNPS"} or any(c.dep_ == "conj" for c in said_by.children)))
            if said_by is not None and not passive and not personal and not plural:
                return phrase_actor(said_by, index)
        if verb.dep_ in {"advcl", "conj"} and token.lower_ in {"it", "they", "he", "she"}:
            # "bombers killed 23 when they blew themselves up": the main clause's subject
            for child in verb.head.children:
                if child.dep_ in SUBJ_DEPS and child.i < token.i:
                    ref = phrase_actor(child, index)
                    if ref is not None:
                        return ref
    if token.dep_ == "dobj" and verb.dep_ == "advcl" and token.lower_ in {"it", "them"}:
        # "condemned the sanctions ..., calling them illegal": a participle's object pronoun is
        # the main verb's object of its number, actor or not (not the nearest name before it)
        plural = token.lower_ == "them"
        obj = next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < token.i), None)
        if obj is not None and obj.pos_ == "NOUN" and (obj.tag_ == "NNS") == plural:
            return phrase_actor(obj, index)
    subject_refs = set()
    for child in verb.children:
        if child.dep_ in SUBJ_DEPS:
            ref = phrase_actor(child, index)
            if ref is not None:
                subject_refs.add(ref.span)
    about = _relative_antecedent(token)
    before = [r for r in index.in_sentence(sent) if r.token < token.i and r.span not in subject_refs
              and not (token.lower_ in {"he", "she", "him"} and (token.doc[r.token].ent_type_ in {"GPE", "ORG", "NORP"}
                                                                 or token.doc[r.token].tag_ in {"NNS", "NNPS"}))
              # "they" is never one named person ("Moi, whom they accuse": his accusers)
              and not (token.lower_ == "they" and token.doc[r.token].ent_type_ == "PERSON")
              # nor the noun its own relative clause is about, which the clause's object stands for
              and not (about is not None and r.span[0] <= about.idx < r.span[1])]
    if before:
        return max(before, key=lambda r: r.token)
    if token.dep_ in SUBJ_DEPS and sent.start > 0:
        previous = token.doc[sent.start - 1].sent
        # "The defeated candidate, former president X, was placed under house arrest. He
        # accused ...": "he" carries on a passive subject too, named by its apposition
        deps = SUBJ_DEPS | {"nsubjpass"} if token.lower_ in {"he", "she"} else SUBJ_DEPS
        for child in previous.root.children:
            if child.dep_ in deps:
                return phrase_actor(child, index) or next(
                    (r for c in child.children if c.dep_ == "appos" and (r := phrase_actor(c, index))), None)
    return None


def _relative_antecedent(token: Token) -> Token | None:
    """The noun a pronoun's own relative clause is about: "whom they accuse", "Beijing, which has
    refused to deal with him" (its subject, which an object pronoun never repeats); None outside
    one, or past a clause with a subject of its own ("which says it ...")."""
    for head in token.ancestors:
        if head.dep_ == "relcl":
            return head.head
        if head.dep_ not in {"prep", "pobj", "xcomp", "dobj", "dative"}:
            return None
    return None


def _counted_up_to(verb: Token) -> list[Token]:
    """The object of "killed up to 30 people", "kidnapped up to 16 advisers", which the parser
    reads as a particle "up" and a "to" phrase: a counted noun after "up to" is the object."""
    return [g for c in verb.children if c.dep_ in {"prt", "advmod", "prep"} and c.lower_ == "up"
            for p in c.children if p.dep_ == "prep" and p.lower_ == "to"
            for g in p.children if g.dep_ == "pobj" and any(n.dep_ == "nummod" for n in g.children)]


def objects(verb: Token, *, depth: int = 2) -> list[Token]:
    """Object tokens of ``verb``: direct and dative objects, then prepositional objects by
    preference, then those of its complement clauses ("threatened to break relations with Y")."""
    direct = [relative_object(c, verb) for c in verb.children if c.dep_ in {"dobj", "dative", "attr", "oprd"}]
    direct += _counted_up_to(verb)
    if not direct:
        direct = _shared_object(verb)
    preps = []
    for child in verb.children:
        if child.dep_ in {"prep", "dative"} and child.lower_ in TARGET_PREPS:
            preps.extend((child.lower_, g) for g in child.children if g.dep_ == "pobj")
        if child.dep_ == "prt":  # "call on X": the particle's object
            preps.extend((child.lower_, g) for g in child.children if g.dep_ == "pobj")
        if child.dep_ in {"prep", "prt", "advmod"} and child.lower_ in {"out", "away", "back", "off"}:
            # "pulled its troops out of Lebanon": the place left, after the particle's "of"/"from"
            for grand in child.children:
                if grand.dep_ == "prep" and grand.lower_ in {"of", "from"}:
                    preps.extend(("from", g) for g in grand.children if g.dep_ == "pobj")
    if verb.lemma_.lower() in MOTION_VERBS:
        # "travelled to Libya with ministers from Greece": who comes along, not whom it is aimed at
        preps = [pair for pair in preps if pair[0] != "with"]
    if verb.lemma_.lower() in FLIGHT_VERBS:
        # "forced thousands to flee towards the Bangladesh border": where people flee to is a
        # refuge, no party to what made them flee (the country fled, "fled Syria", stays)
        preps = [pair for pair in preps if pair[0] not in DESTINATION_PREPS | {"across"}]
    # "talks on the sidelines of a WTO meeting", "on the margins of the summit": where, not whom
    preps = [pair for pair in preps if not instigation(pair[1]) and pair[1].lemma_.lower() not in VENUE_NOUNS]
    preps.sort(key=lambda pair: _PREP_RANK.get(pair[0], 99))
    found = direct + [g for _, g in preps] + appealed_to(verb)  # "called for Assad to step down"
    if verb.lemma_.lower() in TRANSFER_VERBS:
        # "donated 50 ambulances to the health ministry", "extradited a Rwandan suspect to the
        # tribunal": whom a thing or person is handed to is whom the act is aimed at, not what
        # (or who) is handed over; the parser often hangs the "to" on the object
        recipients = [g for d in direct for p in d.children if p.dep_ == "prep" and p.lower_ == "to"
                      for g in p.children if g.dep_ == "pobj"] + [g for p, g in preps if p == "to"]
        found = recipients + [t for t in found if t not in recipients]
    if depth > 0 and verb.lemma_.lower() not in DENIAL:
        # what is denied ("denied targeting civilians") is the content, not whom the denial is aimed at
        for child in verb.children:
            if child.dep_ in {"xcomp", "ccomp"} and child.pos_ in {"VERB", "AUX"}:
                if direct and _purpose(child):
                    continue  # "reinforce its partnerships to counter Russia": not whom it reinforces
                if child.dep_ == "ccomp" and verb.lemma_.lower() not in SPEECH:
                    # "demanded that the US cancel": whom the demand (accusation...) is about
                    found.extend(c for c in child.children if c.dep_ in SUBJ_DEPS)
                found.extend(objects(child, depth=depth - 1))
                # "promised to democratize Serbia and to cooperate with the tribunal": a second
                # infinitive with its own "to" is a second complement of the same verb
                for conj in child.children:
                    if conj.dep_ == "conj" and conj.pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in conj.children):
                        found.extend(objects(conj, depth=depth - 1))
    return found


FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "VBN", "VBG"})


def _shared_object(verb: Token) -> list[Token]:
    """The object an infinitive shares with the infinitive coordinated right after it: "to train
    and equip Sierra Leone's army" (the parser hangs the object on "equip" alone). Only bare
    infinitives side by side: "police arrived and arrested protesters" arrive at no one."""
    if verb.tag_ != "VB" or any(c.dep_ in {"prep", "prt"} for c in verb.children):
        return []
    doc = verb.doc
    for conj in verb.children:
        # (a finite second verb is another act: "threatened to retaliate and accused the
        # Commission"; the second infinitive's own tag may be wrong: the parser tags "equip" NNP)
        if (conj.dep_ == "conj" and conj.i == verb.i + 2 and doc[verb.i + 1].dep_ == "cc" and conj.tag_ not in FINITE_TAGS
                and not any(c.dep_ in SUBJ_DEPS for c in conj.children)):
            return [relative_object(c, conj) for c in conj.children if c.dep_ == "dobj"]
    return []


def is_purpose(clause: Token) -> bool:
    """An infinitive clause of purpose ("used tear gas to disperse crowds")."""
    return clause.dep_ in {"xcomp", "advcl"} and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)


def _purpose(clause: Token) -> bool:
    """An infinitive clause ("to counter ..."): after a verb's object, what the act is for."""
    return clause.dep_ == "xcomp" and is_purpose(clause)


def condition_subject(verb: Token) -> Token | None:
    """The subject of an "if"/"unless" clause under the predicate or its complement."""
    for token in [verb, *(c for c in verb.children if c.dep_ in {"xcomp", "ccomp"})]:
        for child in token.children:
            if child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in {"if", "unless"} for m in child.children):
                for grand in child.children:
                    if grand.dep_ in SUBJ_DEPS:
                        return grand
    return None


def speaker_of(verb: Token, index: ActorIndex, sent: Span) -> tuple[str | None, ActorRef | None]:
    """Who is reported as saying the clause of ``verb``: (text, actor) or (None, None)."""
    head = speech_head(verb)
    if head is None:
        return None, None
    for child in head.children:
        if child.dep_ in SUBJ_DEPS:
            text = " ".join(t.text for t in child.subtree)
            refs = argument_actors(child, index, sent)
            return text, (refs[0] if refs else None)
    return None, None
