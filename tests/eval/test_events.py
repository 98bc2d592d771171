import json
import sys
from pathlib import Path

import pytest

from eventwire.eval import events as ev
from eventwire.records import Actor

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "events"))


def record(text, event, sources, targets=None, **extra):
    rec = {"text": text, "event": event, "source": [{"actorText": s, "code": c} for s, c in sources]}
    if targets is not None:
        rec["target"] = [{"actorText": s, "code": c} for s, c in targets] if targets else ""
    rec.update(extra)
    return rec


def test_gold_events_map_old_names_and_expand_pairs():
    assert ev.gold_events(record("x", "FIGHT", [("Russia", "RUS")], [("Ukraine", "UKR")])) == {("ASSAULT", "RUS", "UKR")}
    mutual = ev.gold_events(record("x", "AGREE", [("US", "USA"), ("Jordan", "JOR")], []))
    assert mutual == {("AGREE", "USA", "JOR"), ("AGREE", "JOR", "USA")}
    assert ev.gold_events(record("x", "DEMAND", [("Japan", "JAP")])) == {("REQUEST", "JPN", None)}


def test_split_by_parity_keeps_a_sentence_whole():
    records = [
        record("A.", "AGREE", [("a", "USA")], []),
        record("B.", "AGREE", [("a", "USA")], []),
        record("A.", "REJECT", [("a", "USA")], []),
        record("{C.}", "AGREE", [("a", "USA")], []),
    ]
    tune, held = ev.split_groups(records, "tune"), ev.split_groups(records, "heldout")
    assert set(tune) == {"A."} and set(held) == {"B.", "C."}  # first records at 0; 1 and 3
    assert len(tune["A."]) == 2


def test_actor_key():
    assert ev.actor_key(Actor(text="NATO", code="IGONAT", sector="IGO")) == "IGO"
    assert ev.actor_key(Actor(text="Chinese embassy", code="CHNGOV", country="CHN")) == "CHN"
    assert ev.actor_key(None) is None


def test_prf():
    assert ev.prf(2, 2, 0)["precision"] == 0.5 and ev.prf(2, 2, 0)["recall"] == 1.0
    assert ev.prf(0, 0, 0)["f1"] == 0.0


@pytest.mark.slow
def test_evaluate_plover_on_a_written_jsonl(tmp_path):
    from toy_resolver import ToyResolver

    path = tmp_path / "gold.jsonl"
    rows = [
        record("Russian troops attacked Ukraine on Monday.", "FIGHT", [("Russian troops", "RUSMIL")], [("Ukraine", "UKR")]),
        record("France condemned Iran on Tuesday.", "DISAPPROVE", [("France", "FRA")], [("Iran", "IRN")]),
        record("Israel praised Egypt.", "SUPPORT", [("Israel", "ISR")], [("Egypt", "EGY")]),
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows))
    result = ev.evaluate_plover(path, resolver=ToyResolver(), use_classifier=False)
    assert result["sentences"] == 3 and result["gold_events"] == 3
    assert result["overall"]["tp"] == 3 and result["overall"]["f1"] == 1.0
    assert set(result["per_type"]) == {"ASSAULT", "ACCUSE", "SUPPORT"}
    json.dumps(result)


@pytest.mark.slow
def test_evaluate_petrarch_on_written_records(tmp_path):
    from toy_resolver import ToyResolver

    actors = tmp_path / "X.actors.txt"
    actors.write_text("ARNOR_  [ARN]\nGONDOR [GON]\n")
    path = tmp_path / "suite.jsonl"
    rows = [
        {"id": "A-1", "date": "19950101", "category": "A", "text": "Arnor attacked Gondor.",
         "codings": [{"sourcecode": "ARN", "targetcode": "GON", "eventcode": "190"}]},
        {"id": "A-2", "date": "19950101", "category": "A", "text": "The weather was fine.", "codings": []},
    ]  # fmt: skip
    path.write_text("\n".join(json.dumps(r) for r in rows))
    result = ev.evaluate_petrarch(path, resolver=ToyResolver(extra=[actors]), actor_dictionaries=[])
    assert result["reproduced"] == 1 and result["total"] == 1
    assert result["per_category"]["A"] == {"reproduced": "1/1", "no_event": "1/1", "extra": 0}


@pytest.mark.parametrize(("bad", "named"), [
    ({"text": "Kenya accused Uganda.", "event_type": "ACCUSE", "source": [{"code": "KEN"}]}, "'event'"),
    ({"text": "Kenya accused Uganda.", "event": "ACCUSE", "source": "KEN", "target": "UGA"}, "'source'"),
])
def test_records_in_another_layout_are_refused_not_scored_as_misses(tmp_path, bad, named):
    # A record without 'event' was scored as a gold event of type '' (F1 0.0, no word why), and
    # a 'source' or 'target' given as a string was read as no actor.
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(bad) + "\n")
    with pytest.raises(ValueError, match=f"record 1.*{named}"):
        ev.evaluate_plover(path, resolver=object(), use_classifier=False)
