"""Who acts on whom in sentences the audit set news_events7 showed wrong (texts written here):
a passive coordinated with an active verb, a title line's phrases, "all sides", soldiers in a
report about one country."""

from __future__ import annotations

import datetime

import pytest

from conftest import countries_coder

pytestmark = pytest.mark.slow

WHEN = datetime.date(2001, 6, 4)
code = countries_coder(WHEN)


def test_passive_coordinated_with_an_active_verb_undergoes_the_act(code):
    text = ("DAKAR, June 4, 2001 (Wire) - Senegalese rebel leader Salif Sadio fled to the bush and was "
            "arrested by Gambian police on Sunday, officials said.")
    found = code(text)
    assert ("COERCE", "GMB", "SEN") in found
    assert not any(t == "COERCE" and s == "SEN" for t, s, _ in found)


def test_a_title_lines_phrase_is_not_the_reports_later_mention(real_coder):
    # the title's "Protesters Storm Kyrgyz Government Headquarters" is one phrase (a government
    # body): "the protesters" of the report are not the government
    from eventwire.actors import get_resolver
    from eventwire.nlp import parse

    text = ("Protesters Storm Kyrgyz Government Headquarters, President Flees\n\n"
            "BISHKEK, June 4, 2001 (Wire) - Thousands of opposition protesters stormed the main government "
            "building in the Kyrgyz capital on Thursday.\n\n"
            "The protesters, who accuse the president of rigging the election, had seized offices in Osh.")
    doc = parse(text)
    actors = get_resolver().resolve_doc(doc, date=WHEN)
    later = text.rindex("protesters")
    protesters = [a for (s, _), a in actors.items() if s >= later - 4 and "protesters" in a.text.lower()]
    assert all(a.sector != "GOV" for a in protesters)


def test_all_sides_names_the_articles_pair(code):
    text = ("ASMARA, June 4, 2001 (Wire) - Ethiopian troops shelled Eritrean positions near Badme on Sunday. "
            "Eritrea accused Ethiopia of violating the truce. "
            "The United Nations called on all sides to exercise restraint.")
    found = code(text)
    assert ("REQUEST", None, "ETH") in found and ("REQUEST", None, "ERI") in found


def test_all_countries_is_no_pair():
    from eventwire.events.sides import pair_noun
    from eventwire.nlp import parse

    doc = parse("The agency urged all countries to help.")
    assert not any(pair_noun(t) for t in doc)
    doc = parse("The agency urged all sides to talk.")
    assert any(pair_noun(t) for t in doc)


def test_plural_soldiers_take_the_country_a_report_is_about(code):
    text = ("LA PAZ, June 4, 2001 (Wire) - Soldiers fired on coca farmers blocking a highway in Bolivia "
            "on Sunday. Bolivia's government said the farmers had attacked a convoy. "
            "Bolivian police arrested 40 farmers, and Bolivia's interior minister defended the army.")
    assert ("ASSAULT", "BOL", "BOL") in code(text)


def test_a_titled_soldier_takes_no_country_from_the_article(code):
    # "the captain" of a seized boat is anyone's: one title is no army of the article's country
    text = ("BUENOS AIRES, June 4, 2001 (Wire) - Argentina's coast guard seized a Chinese trawler. "
            "Argentina's government said the boat was fishing illegally in Argentine waters. "
            "A court in Argentina charged the captain with illegal fishing.")
    assert not any(t == "COERCE" and tg == "ARG" for t, _, tg in code(text))


def test_a_description_in_apposition_to_an_organisation_is_the_organisation(real_coder):
    # "a Russian-led alliance" says who leads the CSTO, not that it is Russia's military
    text = ("ALMATY, June 4, 2001 (Wire) - Kyrgyz and Tajik border guards exchanged fire near Vorukh. "
            "The Collective Security Treaty Organization, a Russian-led military alliance to which both "
            "belong, urged them to show restraint.")
    events = real_coder(text, date=WHEN, classifier=None)
    assert not any(e.source is not None and e.source.country == "RUS" for e in events)


def test_a_border_country_is_not_whose_the_civilians_are_when_the_doers_are_of_another(code):
    # the doers are Sudan's (named in the sentence before): Chad, named only for where a
    # crossing lies, is not the one country of the sentence
    text = ("ADDIS ABABA, June 4, 2001 (Wire) - Sudan's army and the rebel SPLA signed a ceasefire on Monday. "
            "Under the deal, both sides committed to stop attacks on civilians and to allow aid agencies to "
            "use a corridor through the Adre crossing on the border with Chad.")
    assert not any(tg == "TCD" for _, _, tg in code(text))



def test_a_denial_answers_the_other_country_of_the_denied_clause(code):
    text = ("KABUL, June 4, 2001 (Wire) - Iran's foreign minister Kamal Kharrazi denied that Tehran was "
            "arming militias in Afghan provinces.")
    assert ("REJECT", "IRN", "AFG") in code(text)


def test_a_denial_of_the_deniers_own_act_names_no_target(code):
    text = "TEHRAN, June 4, 2001 (Wire) - Iran's foreign ministry denied that Iranian troops had crossed the border."
    assert not any(t == "REJECT" and tg is not None for t, _, tg in code(text))


def test_the_doers_own_troops_are_not_whom_it_acts_on(code):
    text = ("BAKU, June 4, 2001 (Wire) - Armenia and Azerbaijan agreed to a ceasefire on Monday. "
            "Russia proposed sending its own troops to monitor the ceasefire.")
    assert not any(s == "RUS" and tg == "RUS" for _, s, tg in code(text))


def test_troops_agreed_about_take_no_country_from_the_article(code):
    # soldiers acted on other than by force ("the withdrawal of additional troops") may be
    # either side's: the article's main country does not make them its own
    text = ("BISHKEK, June 4, 2001 (Wire) - Kyrgyz and Tajik border guards exchanged fire near Vorukh. "
            "Kyrgyzstan's border service said Tajik troops had opened fire on a Kyrgyz post in Kyrgyzstan. "
            "The heads of the two border services agreed to a ceasefire and the withdrawal of additional troops.")
    assert not any(t == "AGREE" and s == tg == "KGZ" for t, s, tg in code(text))


def test_a_participles_object_pronoun_is_the_main_verbs_object(code):
    # "them" is the sanctions (the EU's), not Russia, the last name before it
    text = ("TEHRAN, June 4, 2001 (Wire) - Iran condemned new European Union sanctions on Iranian companies "
            "accused of selling drones to Russia, calling them illegal.")
    assert not any(tg == "RUS" for t, s, tg in code(text) if s == "IRN")
