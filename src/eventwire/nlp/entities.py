"""Named entities for the sentences that can hold a name, not for every sentence.

The model's entity recogniser has its own token encoder (it does not share ``tok2vec``) and was
the costliest component: 65-90 ms of a 600-word article's 150-190 ms on the dev machine. Every
name eventwire reads (persons, organisations, places, nationalities) holds a proper noun or a
capitalised word after the sentence's first token; a sentence with neither ("Analysts said the
move reflected growing frustration.") has none, so it is not sent to the recogniser. Runs of
such candidate sentences go to the recogniser as their own short documents, in one batch, and
the entities come back onto the article's Doc; every other token is marked outside an entity.
``bench/nlp.py`` measures the agreement with whole-document recognition and the time saved.
"""

from __future__ import annotations

from typing import Any

PROPER_TAGS = frozenset({"NNP", "NNPS"})
# A first word is capitalised anyway: it counts when tagged a name or an adjective ("Chinese
# troops shelled...", a nationality), or written in capitals (an acronym).
FIRST_TAGS = PROPER_TAGS | {"JJ"}


def may_hold_name(sent: Any) -> bool:
    """Whether a sentence has a proper noun, or a capitalised word after its first token."""
    first = sent.start
    for token in sent:
        if token.i == first:
            if token.tag_ in FIRST_TAGS or (len(token.text) > 1 and token.text.isupper()):
                return True
        elif token.tag_ in PROPER_TAGS or token.text[:1].isupper():
            return True
    return False


def candidate_runs(doc: Any) -> list[tuple[int, int]]:
    """Token ranges of consecutive sentences that may hold a name."""
    runs: list[tuple[int, int]] = []
    for sent in doc.sents:
        if not may_hold_name(sent):
            continue
        if runs and runs[-1][1] == sent.start:
            runs[-1] = (runs[-1][0], sent.end)
        else:
            runs.append((sent.start, sent.end))
    return runs


class SentenceEntities:
    """Wraps a loaded ``ner`` pipe: the same model, run only on the candidate runs."""

    def __init__(self, ner: Any) -> None:
        self.ner = ner

    def __call__(self, doc: Any) -> Any:
        from spacy.tokens import Span

        runs = candidate_runs(doc)
        if len(runs) == 1 and runs[0] == (0, len(doc)):
            return self.ner(doc)  # every sentence is a candidate: no copies needed
        parts = _parts(doc, runs)
        ents = [
            Span(doc, start + ent.start, start + ent.end, label=ent.label)
            for (start, _), part in zip(runs, self.ner.pipe(parts), strict=True)
            for ent in part.ents
        ]
        doc.set_ents(ents, default="outside")
        return doc


def _parts(doc: Any, runs: list[tuple[int, int]]) -> list[Any]:
    """The runs as short Docs carrying all the recogniser reads: words, spaces, norms, sentences.

    ``Span.as_doc`` copies every annotation token by token and cost more than it saved (about a
    third of a 600-word page's recognition time); the recogniser's own encoder reads only the
    lexical NORM, PREFIX, SUFFIX and SHAPE features, and its moves read sentence starts.
    """
    from spacy.attrs import NORM, SENT_START
    from spacy.tokens import Doc

    words = [token.text for token in doc]
    spaces = [bool(token.whitespace_) for token in doc]
    # NORM as the tokenizer set it ("n't" -> "not"), not the bare lexeme's.
    values = doc.to_array([NORM, SENT_START])
    parts = []
    for start, end in runs:
        part = Doc(doc.vocab, words=words[start:end], spaces=spaces[start:end])
        part.from_array([NORM, SENT_START], values[start:end])
        parts.append(part)
    return parts


def install(nlp: Any) -> None:
    """Replace the pipeline's ``ner`` with :class:`SentenceEntities` around it."""
    from spacy.language import Language

    if "ner" not in nlp.pipe_names:
        return
    wrapped = SentenceEntities(nlp.get_pipe("ner"))
    # A component factory returns this instance; registering again replaces the last one.
    Language.component("eventwire_entities", func=wrapped)
    nlp.replace_pipe("ner", "eventwire_entities")


__all__ = ["SentenceEntities", "candidate_runs", "install", "may_hold_name"]
