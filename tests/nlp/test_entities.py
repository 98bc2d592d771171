"""Entities only where a sentence can hold a name."""

import pytest

from eventwire.nlp import MODEL, load_nlp, parse
from eventwire.nlp.entities import candidate_runs, may_hold_name

pytestmark = pytest.mark.slow

TEXT = (
    "Analysts said the move reflected growing frustration.\n\n"
    "Chinese troops shelled villages near the border overnight.\n\n"
    "Officials declined to comment on the details.\n\n"
    "The foreign minister met his Japanese counterpart in Geneva on Tuesday.\n\n"
    "NATO condemned the attack. Residents described long queues."
)


def test_candidate_sentences():
    doc = parse(TEXT)
    flags = [may_hold_name(s) for s in doc.sents if s.text.strip()]
    assert flags == [False, True, False, True, True, False]


def test_runs_join_neighbouring_sentences():
    doc = parse("Russia accused Ukraine. France agreed with Germany. Nobody else spoke.")
    runs = candidate_runs(doc)
    assert len(runs) == 1
    assert doc[runs[0][0]:runs[0][1]].text.strip() == "Russia accused Ukraine. France agreed with Germany."


def test_entities_match_whole_document_recognition():
    import spacy

    reference = spacy.load(MODEL)
    reference.add_pipe("newline_sentences", before="parser")
    ours = {(e.start, e.end, e.label_) for e in load_nlp()(TEXT).ents}
    theirs = {(e.start, e.end, e.label_) for e in reference(TEXT).ents}
    assert ours == theirs
    assert {"Chinese", "Japanese", "Geneva", "NATO"} <= {e.text for e in parse(TEXT).ents}


def test_tokens_outside_candidates_are_outside_an_entity():
    doc = parse(TEXT)
    first = next(iter(doc.sents))
    assert all(t.ent_iob_ == "O" for t in first)


def test_parts_carry_the_norms_and_sentence_starts_the_recogniser_reads():
    from eventwire.nlp.entities import _parts

    doc = parse("Officials declined to comment.\n\nThey don't trust NATO. Russia won't agree.")
    runs = candidate_runs(doc)
    (part,) = _parts(doc, runs)
    start, end = runs[0]
    assert [t.text for t in part] == [t.text for t in doc[start:end]]
    assert [t.norm_ for t in part] == [t.norm_ for t in doc[start:end]]  # "n't" -> "not"
    assert [t.is_sent_start for t in part][1:] == [t.is_sent_start for t in doc[start:end]][1:]
