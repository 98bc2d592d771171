"""The indexed attribute rules must give exactly what spaCy's attribute_ruler gives."""

import pytest

from eventwire.nlp import MODEL, load_nlp
from eventwire.nlp.attributes import FastAttributes

pytestmark = pytest.mark.slow

# Written for this test: contractions, auxiliaries, expletives, determiners used as pronouns,
# "gonna"/"ain't" (the two-token rules), spaces and new lines.
TEXTS = [
    "NATO leaders said on Tuesday they were gonna keep supporting Ukraine, and that ain't changing.\n\n"
    "There is no doubt that China's support has been decisive; that's what the alliance said.",
    "Let's be clear: y'all didn't hear it from me.  Whatever they decide, this will be debated.\n"
    "I'm sure those who voted against it haven't read the text. C'mon, it was gotta be done.",
    "The ministers, who had met in Geneva, weren't able to agree on which of the proposals to adopt.",
    "",
    "   \n\n  ",
]


def _annotations(doc):
    return [(t.text, t.pos_, t.tag_, str(t.morph), t.lemma_, t.dep_) for t in doc]


@pytest.fixture(scope="module")
def reference():
    import spacy

    load_nlp()  # registers the newline_sentences component
    nlp = spacy.load(MODEL)
    nlp.add_pipe("newline_sentences", before="parser")
    return nlp


def test_same_annotations_as_the_attribute_ruler(reference):
    ours = load_nlp()
    assert isinstance(ours.get_pipe("attribute_ruler"), FastAttributes)
    for text in TEXTS:
        assert _annotations(ours(text)) == _annotations(reference(text))


def test_two_token_rules_apply():
    doc = load_nlp()("They are gonna win, ain't they?")
    lemmas = {t.text: t.lemma_ for t in doc}
    assert lemmas["gon"] == "go" and lemmas["na"] == "to" and lemmas["ai"] == "be"


def test_a_pattern_it_cannot_read_keeps_the_ruler():
    import spacy

    from eventwire.nlp import attributes

    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "x", "OP": "+"}]], {"LEMMA": "y"})
    attributes.install(nlp)
    assert not isinstance(nlp.get_pipe("attribute_ruler"), FastAttributes)
