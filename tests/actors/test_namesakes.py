"""Georgia the US state against Georgia the country (loads the model: slow)."""

import pytest

pytestmark = pytest.mark.slow


def _codes(resolver, text: str) -> dict[str, str]:
    from eventwire.nlp import parse

    return {text[s:e]: a.code for (s, e), a in resolver.resolve_doc(parse(text)).items()}


def test_georgia_in_us_news_is_american(resolver):
    text = "Georgia prosecutors charged the former mayor on Monday. The trial opens in Atlanta in March."
    assert _codes(resolver, text).get("Georgia prosecutors") == "USAJUD"
    text = "Voters in Georgia and North Carolina queued for hours, officials said."
    assert _codes(resolver, text).get("Voters", "").startswith("USA")


def test_georgia_the_country_stays_georgian(resolver):
    text = "Georgia's parliament passed the bill despite protests in Tbilisi. Georgia prosecutors charged a protester."
    assert _codes(resolver, text).get("Georgia prosecutors") == "GEOJUD"
    # the UN's seat is no sign of the US state
    assert _codes(resolver, "Georgia's president met the UN chief in New York.").get("Georgia's president") == "GEOGOV"
    # a Georgian surname marks the country even beside a US state's name
    text = "Georgia's prime minister Irakli Kobakhidze met Texas investors on Friday."
    assert _codes(resolver, text).get("Georgia's prime minister Irakli Kobakhidze") == "GEOGOV"
