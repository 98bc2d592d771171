"""Neither a JSONL file's line order nor how a directory splits records among files changes the
stories: ``eventwire run`` reads records by date.

Online clustering depends on arrival order (a one-day window, a two-day follow-up ring): a
strike reported day by day for five days grows into one story when its reports come in date
order; with the last days first, the early reports lie outside the window of the first story
and open another. Before the reader ordered the lines, this file's shuffled lines, or its
reports in two files (one per outlet), gave the strike as two stories (s1-s3 and s4-s5, or s5
alone).
"""

from __future__ import annotations

import json
import sqlite3

import pytest

from eventwire.pipeline import run
from eventwire.settings import load_settings

pytestmark = pytest.mark.slow

REPORTS = [  # (id, date, title, text), in date order
    ("s1", "2024-06-03T09:00:00Z", "Dockworkers strike halts Rotterdam port",
     "Dockworkers at the port of Rotterdam walked off the job on Monday, halting container traffic at Europe's "
     "largest port. The FNV union said the strike over pay and automation would continue until the port operators "
     "returned to talks."),
    ("s2", "2024-06-04T09:00:00Z", "Rotterdam port strike enters second day",
     "The dockworkers' strike at the port of Rotterdam entered its second day on Tuesday, with dozens of container "
     "ships waiting off the coast. The FNV union said port operators had still not returned to talks over pay and "
     "automation."),
    ("f1", "2024-06-04T12:00:00Z", "Floods hit Valencia after record rain",
     "Flash floods swept through Valencia on Tuesday after record rainfall, cutting roads and flooding homes. "
     "Spanish emergency services rescued dozens of people from cars trapped by the water."),
    ("s3", "2024-06-05T09:00:00Z", "Ships queue as Rotterdam dock strike continues",
     "Container ships queued outside the port of Rotterdam on Wednesday as the dockworkers' strike went into a third "
     "day. The FNV union and the port operators remained apart on pay and automation, and no talks were planned."),
    ("f2", "2024-06-05T12:00:00Z", "Valencia counts damage after floods",
     "Residents of Valencia began clearing mud from streets and homes on Wednesday after flash floods caused by "
     "record rainfall. Spanish officials said the damage would run to millions of euros."),
    ("s4", "2024-06-06T09:00:00Z", "Rotterdam dockworkers extend strike",
     "Dockworkers at the port of Rotterdam extended their strike on Thursday after talks between the FNV union and "
     "the port operators over pay and automation broke down, leaving container ships stranded for a fourth day."),
    ("s5", "2024-06-07T09:00:00Z", "Rotterdam port strike ends with pay deal",
     "The dockworkers' strike at the port of Rotterdam ended on Friday after the FNV union and the port operators "
     "agreed a pay deal and limits on automation. Container traffic at the port resumed in the afternoon."),
]
SHUFFLED = ["f2", "s1", "s5", "s3", "s2", "f1", "s4"]


def _write(path, ids):
    by_id = {r[0]: {"id": r[0], "date": r[1], "title": r[2], "text": r[3], "source": "Wire"} for r in REPORTS}
    path.write_text("".join(json.dumps(by_id[i]) + "\n" for i in ids))
    return str(path)


def _stories(db, *files):
    settings = load_settings(db=db, workers=1)
    for file in files:
        summary = run([file], settings)
        assert not summary.failed, summary.failed
    with sqlite3.connect(db) as con:
        rows = con.execute("SELECT doc_id, story_id FROM articles").fetchall()
    groups: dict[str, list[str]] = {}
    for doc_id, story in rows:
        groups.setdefault(story, []).append(doc_id)
    return sorted(sorted(g) for g in groups.values())


def test_shuffled_lines_give_the_stories_of_the_file_in_date_order(tmp_path):
    in_order = _stories(str(tmp_path / "sorted.db"), _write(tmp_path / "sorted.jsonl", [r[0] for r in REPORTS]))
    assert ["s1", "s2", "s3", "s4", "s5"] in in_order and ["f1", "f2"] in in_order
    shuffled = _stories(str(tmp_path / "shuffled.db"), _write(tmp_path / "shuffled.jsonl", SHUFFLED))
    assert shuffled == in_order


def test_a_second_run_adds_its_shuffled_records_to_the_stories_of_the_first(tmp_path):
    first, second = ["s2", "f1", "s1"], ["s5", "f2", "s4", "s3"]  # each file shuffled, the second one later
    two_runs = _stories(str(tmp_path / "two.db"), _write(tmp_path / "a.jsonl", first),
                        _write(tmp_path / "b.jsonl", second))
    assert two_runs == [["f1", "f2"], ["s1", "s2", "s3", "s4", "s5"]]


def test_a_directory_of_one_file_per_outlet_gives_the_stories_of_one_file(tmp_path):
    folder = tmp_path / "outlets"
    folder.mkdir()
    _write(folder / "alpha.jsonl", ["s1", "s4", "s5", "f2"])  # each outlet's file in date order
    _write(folder / "beta.jsonl", ["s2", "f1", "s3"])
    in_order = _stories(str(tmp_path / "one.db"), _write(tmp_path / "one.jsonl", [r[0] for r in REPORTS]))
    assert _stories(str(tmp_path / "dir.db"), str(folder)) == in_order
