import numpy as np

from eventwire.stories.features import article_features, lead_terms, names, places
from eventwire.stories.pairs import FEATURES, facts, pair_features, pair_log_odds, pair_model, profile


def test_facts_are_figures_months_and_weekdays_not_years_or_small_counts():
    found = facts("Claims fell to 576,000 on Thursday, 3.6% lower than in March 2021; 3 states and 12 cities.")
    assert {"#n576000", "#n3.6%", "#dthursday", "#mmarch", "#n12"} <= set(found)
    assert not any("2021" in f for f in found) and "#n3" not in found
    assert facts("They may meet in May.") == []


def test_names_carry_the_facts_and_lead_terms():
    found = names("Quake of 6.1 hits Chile", "A magnitude 6.1 earthquake struck Arica on Monday.")
    assert "chile" in found and "#n6.1" in found and "#dmonday" in found
    keys = {int(n[2:]) for n in found if n.startswith("#k")}
    places = {int(n[2:]) for n in found if n.startswith("#p")}
    topic, place_terms, countries = lead_terms("Quake of 6.1 hits Chile",
                                               "A magnitude 6.1 earthquake struck Arica on Monday.")
    assert keys == set(topic) and places == set(place_terms) and len(places) == 1  # Arica
    assert countries == ["CHL"] and "#gCHL" in found


def test_places_are_names_in_sentences_that_the_gazetteer_knows():
    words, countries = places("Police fired tear gas in Nairobi's city centre, the Kenya Red Cross said. "
                              '"Most were students," a doctor at Lady Reading Hospital said.')
    # Not "Police" or "Most" (sentence openers; towns in Poland and Czechia), not the city in a
    # hospital's name; Kenya inside "Kenya Red Cross" is a country.
    assert words == {"Nairobi", "Kenya"} and countries == {"KEN"}


def _dated(title, text, day, df):
    feats = article_features(title, text)
    buckets = np.array(sorted(feats["terms"]), dtype=np.int32)
    weights = np.array([feats["terms"][int(b)] for b in buckets], dtype=np.float32)
    df[buckets] += 1
    return profile((buckets, weights / np.linalg.norm(weights)), feats["names"], day)


def test_a_shared_place_alone_is_no_rare_shared_word_between_dated_reports():
    args = [("Tax protest", "Thousands marched in Nairobi against a tax bill."),
            ("Building collapse", "A building under construction collapsed in Nairobi after rain.")]
    e = np.ones(384, dtype=np.float32) / np.sqrt(384)
    rarest = FEATURES.index("rarest")
    df = np.zeros(1 << 20, dtype=np.int32)  # a store of 100 where only these two name Nairobi
    dated = [_dated(*a, 20000.5, df) for a in args]
    assert pair_features(e, dated[0], e[None, :], [dated[1]], df, 100)[0, rarest] == 0.0
    # Undated (stories of any day), a rare place two reports share is a sign of one story.
    df = np.zeros(1 << 20, dtype=np.int32)
    undated = [_dated(*a, None, df) for a in args]
    assert pair_features(e, undated[0], e[None, :], [undated[1]], df, 100)[0, rarest] > 0.5


def test_reports_from_two_countries_conflict_on_places():
    df = np.zeros(1 << 20, dtype=np.int32)
    turkey = _dated("Quake", "An earthquake struck eastern Turkey, officials in Malatya said.", 20000.5, df)
    iran = _dated("Quake", "An earthquake struck southern Iran near Bandar Abbas.", 20000.6, df)
    again = _dated("Quake toll", "Rescuers in Malatya searched the rubble on Wednesday.", 20001.5, df)
    e = np.ones(384, dtype=np.float32) / np.sqrt(384)
    rows = pair_features(e, turkey, np.vstack([e, e]), [iran, again], df, 3)
    assert rows[:, FEATURES.index("places_conflict")].tolist() == [1.0, 0.0]


def _profile(title, text, df):
    feats = article_features(title, text)
    buckets = np.array(sorted(feats["terms"]), dtype=np.int32)
    weights = np.array([feats["terms"][int(b)] for b in buckets], dtype=np.float32)
    weights /= np.linalg.norm(weights)
    df[buckets] += 1
    return profile((buckets, weights), feats["names"])


def test_conflicting_figures_and_days_lower_the_pair_score():
    df = np.zeros(1 << 20, dtype=np.int32)
    a = _profile("Jobless claims fall to 576,000", "Claims fell to 576,000 last week, data showed on Thursday.", df)
    same = _profile("Claims drop to 576,000", "Applications dropped to 576,000 last week, data showed on Thursday.", df)
    other = _profile("Claims drop to 373,000", "Applications dropped to 373,000 last week, data showed on Friday.", df)
    assert a.numbers == {"576000"} and other.days == {"friday"}
    e = np.ones(384, dtype=np.float32) / np.sqrt(384)
    rows = pair_features(e, a, np.vstack([e, e]), [same, other], df, 3)
    conflicts = [FEATURES.index(n) for n in ("numbers_conflict", "days_conflict")]
    assert rows[0, conflicts].tolist() == [0.0, 0.0] and rows[1, conflicts].tolist() == [1.0, 1.0]
    odds = pair_log_odds(rows)
    assert odds[0] > odds[1]


def test_the_shipped_model_has_every_feature():
    model = pair_model()
    assert model.features == FEATURES and len(model.weights) == len(FEATURES)
    assert model.weights[FEATURES.index("cosine")] > 0 and model.weights[FEATURES.index("numbers_conflict")] < 0
