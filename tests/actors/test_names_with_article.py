"""Names whose article is part of them, over a mere kind of actor (loads the model: slow)."""

import pytest

pytestmark = pytest.mark.slow


def test_a_name_with_its_article_beats_the_kind_its_last_word_names(tmp_path):
    from eventwire.actors.resolver import ActorResolver
    from eventwire.nlp import parse

    actors = tmp_path / "Test.actors.txt"
    # a nickname known only with its article; without it "Kingdom" reads as a government
    actors.write_text("NORTH_KOREA  [PRK]\n+THE_HERMIT_KINGDOM\n", encoding="utf-8")
    resolver = ActorResolver.load([actors], user=None)
    text = "The Hermit Kingdom fired two artillery shells at Seoul on Thursday."
    found = {text[s:e]: a.code for (s, e), a in resolver.resolve_doc(parse(text)).items()}
    assert found.get("Hermit Kingdom") == "PRK"
