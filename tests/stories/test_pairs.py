import numpy as np

from eventwire.stories.features import article_features, lead_terms, names
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
    assert keys == set(lead_terms("Quake of 6.1 hits Chile", "A magnitude 6.1 earthquake struck Arica on Monday."))


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
