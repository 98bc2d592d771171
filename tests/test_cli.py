"""The command line end to end, through click's CliRunner (run, export, failures)."""

import gzip
import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventwire.cli import main

pytestmark = pytest.mark.slow

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"

PAGE = """<html><head><title>Ministers meet in Vienna | Test Wire</title>
<meta property="og:site_name" content="Test Wire">
<meta property="article:published_time" content="2025-03-04T10:00:00Z"></head>
<body><nav>Home World Sport</nav><article><h1>Ministers meet in Vienna</h1>
<p>The foreign ministers of Austria and Hungary met in Vienna on Monday to discuss border controls,
officials said. Both governments described the talks as constructive and agreed to meet again.</p>
<p>Austria urged Hungary to share more information about migration routes through the Balkans,
according to a statement released after the meeting by the Austrian foreign ministry.</p>
</article><footer>Copyright 2025 Test Wire</footer></body></html>"""


def _run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_help_on_every_command():
    for args in (["--help"], ["run", "--help"], ["export", "--help"], ["eval", "--help"]):
        result = _run(*args)
        assert result.exit_code == 0 and "Usage" in result.output


def test_run_then_export_articles(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "vienna.html").write_text(PAGE)
    db = str(tmp_path / "t.db")
    result = _run("run", str(tmp_path / "in"), "--db", db, "--workers", "1")
    assert result.exit_code == 0, result.output
    assert "articles    1" in result.output
    out = tmp_path / "a.jsonl"
    assert _run("export", "--db", db, "--what", "articles", "--out", str(out)).exit_code == 0
    article = json.loads(out.read_text().splitlines()[0])
    assert article["title"] == "Ministers meet in Vienna" and article["doc_id"] == "vienna"
    assert "Home World Sport" not in article["text"] and article["outlet"] == "Test Wire"


def test_rerun_stores_nothing_twice(tmp_path):
    page = tmp_path / "vienna.html"
    page.write_text(PAGE)
    db = str(tmp_path / "t.db")
    _run("run", str(page), "--db", db, "--workers", "1")
    again = _run("run", str(page), "--db", db, "--workers", "1")
    assert "(0 new, 1 already stored)" in again.output


def test_bad_inputs_fail_one_line_each_and_keep_the_store(tmp_path):
    good = tmp_path / "vienna.html"
    good.write_text(PAGE)
    db = str(tmp_path / "t.db")
    assert _run("run", str(good), "--db", db, "--workers", "1", "--quiet").exit_code == 0
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    pdf = tmp_path / "paper.html"
    pdf.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 4)
    truncated = tmp_path / "cut.html.gz"
    truncated.write_bytes(gzip.compress(PAGE.encode())[:60])
    lines = tmp_path / "items.jsonl"
    lines.write_text('{"id": "ok", "text": "' + "Austria and Hungary agreed to meet again. " * 5 + '"}\nnot json\n')
    result = CliRunner().invoke(main, ["run", str(empty), str(pdf), str(truncated), str(lines),
                                       str(tmp_path / "missing.html"), "--db", db, "--workers", "1", "--quiet"])
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(errors) == 5, errors
    assert any("empty.txt" in e and "E002" in e for e in errors)
    assert any("paper.html" in e and "E003" in e for e in errors)
    assert any("cut.html.gz" in e and "E004" in e for e in errors)
    assert any("items.jsonl:2" in e and "E006" in e for e in errors)
    assert any("missing.html" in e and "E001" in e for e in errors)
    assert all("Traceback" not in e for e in errors)
    out = tmp_path / "a.jsonl"
    _run("export", "--db", db, "--what", "articles", "--out", str(out))
    doc_ids = {json.loads(line)["doc_id"] for line in out.read_text().splitlines()}
    assert doc_ids == {"vienna", "ok"}  # what was stored before is still there


def test_export_from_a_missing_database_is_one_line(tmp_path):
    result = CliRunner().invoke(main, ["export", "--db", str(tmp_path / "none.db"), "--what", "events"])
    assert result.exit_code != 0 and "E012" in result.output and "Traceback" not in result.output


def test_examples_run_with_workers(tmp_path):
    """The bundled sample through the worker pool, as `make demo` runs it."""
    shutil.copytree(EXAMPLES, tmp_path / "examples")
    db = str(tmp_path / "demo.db")
    result = _run("run", str(tmp_path / "examples"), "--db", db, "--workers", "2")
    assert result.exit_code == 0, result.output
    assert "events" in result.output


def test_a_crashing_stage_is_one_line_not_a_traceback(tmp_path, monkeypatch):
    from eventwire.extract import html as html_module

    def boom(*args, **kwargs):
        raise RuntimeError("parser exploded")

    monkeypatch.setattr(html_module, "extract_html", boom)
    page = tmp_path / "vienna.html"
    page.write_text(PAGE)
    result = CliRunner().invoke(main, ["run", str(page), "--db", str(tmp_path / "t.db"), "--workers", "1",
                                       "--quiet"])
    assert result.exit_code == 1
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "[E018]" in lines[0] and "vienna.html" in lines[0], lines


def test_python_dash_m_runs_the_command_line():
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-m", "eventwire", "--help"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0
    assert "export" in done.stdout and "run" in done.stdout


def test_ctrl_c_is_one_line_and_exit_130(tmp_path, monkeypatch):
    from eventwire import pipeline

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(pipeline, "run", interrupted)
    result = CliRunner().invoke(main, ["run", str(EXAMPLES), "--db", str(tmp_path / "t.db"), "--quiet"])
    assert result.exit_code == 130
    assert "interrupted" in result.stderr and "Traceback" not in result.output


def test_eval_on_data_that_is_no_gold_set_is_one_line(tmp_path):
    not_json = tmp_path / "notes.jsonl"
    not_json.write_text("these are notes\n")
    no_gold = tmp_path / "plain.jsonl"
    no_gold.write_text(json.dumps({"id": "a", "text": "Kenya accused Uganda."}) + "\n")
    (tmp_path / "empty").mkdir()
    for args in (["eval", "clustering", str(no_gold)], ["eval", "clustering", str(not_json)],
                 ["eval", "extraction", str(tmp_path / "empty")], ["eval", "events", "--plover", str(not_json)]):
        result = CliRunner().invoke(main, args)
        assert result.exit_code == 1, (args, result.output)
        assert not isinstance(result.exception, Exception) or isinstance(result.exception, SystemExit), args
        lines = [line for line in result.output.splitlines() if line.strip()]
        assert len(lines) == 1 and "[E024]" in lines[0], (args, lines)


def test_summary_says_what_this_run_added_to_the_database(tmp_path):
    page = tmp_path / "vienna.html"
    page.write_text(PAGE)
    db = str(tmp_path / "t.db")
    first = _run("run", str(page), "--db", db, "--workers", "1")
    assert "stories     1  (1 new; in the database)" in first.output
    again = _run("run", str(page), "--db", db, "--workers", "1")
    assert "stories     1  (0 new; in the database)" in again.output
    assert "events" in again.output and "(0 new; in the database)" in again.output.split("events")[1]


def test_eval_on_an_empty_gold_set_is_one_line_not_a_perfect_score(tmp_path):
    # 'eval clustering' on an empty file printed precision, recall and F1 of 1.0 (and the others
    # 0.0 with a count of 0 a script could miss): a score of nothing is no score.
    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n")
    plover = tmp_path / "plover.json"
    plover.write_text("[]")
    layout = tmp_path / "sh"
    (layout / "html").mkdir(parents=True)
    (layout / "ground-truth.json").write_text("{}")
    for args in (["eval", "clustering", str(empty)], ["eval", "extraction", str(layout)],
                 ["eval", "events", "--plover", str(plover)], ["eval", "events", "--petrarch", str(empty)]):
        result = CliRunner().invoke(main, args)
        assert result.exit_code == 1, (args, result.output)
        lines = [line for line in result.output.splitlines() if line.strip()]
        assert len(lines) == 1 and "[E024]" in lines[0] and "no gold records" in lines[0], (args, lines)


@pytest.mark.parametrize(("dates", "message"), [
    (["--from", "2025-13-01"], "--from: not a YYYY-MM-DD date: 2025-13-01"),
    (["--to", "last week"], "--to: not a YYYY-MM-DD date: last week"),
    (["--from", "2025-02-01", "--to", "2024-01-01"], "--to 2024-01-01 is before --from 2025-02-01"),
])
def test_actors_add_refuses_dates_it_cannot_use(tmp_path, dates, message):
    # Such a role was written to the user dictionary and then read as having no date at all:
    # the actor resolved to that code on every day.
    user = tmp_path / "actors.jsonl"
    result = CliRunner().invoke(main, ["actors", "add", "Jane Roe", "--code", "USAGOV", *dates, "--user", str(user)])
    assert result.exit_code == 1, result.output
    assert result.output.strip() == f"Error: {message}"
    assert not user.exists()


def test_ctrl_c_during_an_export_is_one_line_and_exit_130(tmp_path, monkeypatch):
    # A traceback, and no word about the file --out named (it is left as it was).
    from eventwire.store import export as export_module
    from eventwire.store import open_store

    db = str(tmp_path / "t.db")
    open_store(db).close()

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(export_module, "export", interrupted)
    out = tmp_path / "a.csv"
    result = CliRunner().invoke(main, ["export", "--db", db, "--what", "events", "--format", "csv", "--out", str(out)])
    assert result.exit_code == 130
    assert result.stderr.strip() == f"interrupted: {out} is left as it was" and "Traceback" not in result.output


def test_an_empty_out_path_is_refused_not_read_as_standard_output(tmp_path):
    # '--out "$FILE"' with FILE unset wrote the export to the terminal and exited 0.
    from eventwire.store import open_store

    db = str(tmp_path / "t.db")
    open_store(db).close()
    result = CliRunner().invoke(main, ["export", "--db", db, "--what", "events", "--format", "csv", "--out", ""])
    assert result.exit_code != 0 and "--out" in result.output and "GLOBALEVENTID" not in result.output
