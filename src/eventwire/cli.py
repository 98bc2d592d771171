"""The `eventwire` command. Thin: each command calls one library function and prints its result."""

from __future__ import annotations

import json
import logging
import sys
from typing import Any

import click

from eventwire import LOG_FORMAT
from eventwire.errors import Errors, EventwireError

DB_HELP = "SQLite database file (default: ./eventwire.db)."


def _echo_json(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))


def _fail(message: str) -> None:
    raise click.ClickException(message)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("-v", "--verbose", count=True, help="Log more (-v info, -vv debug) to stderr.")
@click.version_option(package_name="eventwire")
def main(verbose: int) -> None:
    """eventwire: news in, event data out (who did what to whom, when and where)."""
    level = logging.WARNING - 10 * min(verbose, 2)
    logging.basicConfig(level=level, format=LOG_FORMAT)


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--db", default=None, help=DB_HELP)
@click.option("--workers", type=int, default=None, help="Worker processes (default: the number of cores).")
@click.option("--quiet", is_flag=True, help="No progress bar and no summary; failures still print.")
@click.option("--allow-private", is_flag=True, help="Allow URLs on loopback, private or link-local addresses.")
@click.option("--dask", "dask_address", default=None, metavar="ADDRESS",
              help="Run the per-article stages on the Dask scheduler at ADDRESS (tcp://host:8786), "
                   "or on a local Dask cluster of --workers processes with 'local'.")
def run(inputs: tuple[str, ...], db: str | None, workers: int | None, quiet: bool, allow_private: bool,
        dask_address: str | None) -> None:
    """Read INPUTS (files, directories, URLs, feeds), extract, code and store them.

    INPUT: .html .htm .html.gz .txt .jsonl .warc .warc.gz, a directory (walked recursively),
    an http(s) URL of a page, or an RSS/Atom feed URL or file.
    """
    from eventwire.pipeline import run as run_pipeline
    from eventwire.settings import load_settings

    settings = load_settings(db=db, workers=workers, quiet=quiet, allow_private=allow_private or None,
                             dask=dask_address)
    try:
        summary = _with_progress(lambda cb: run_pipeline(list(inputs), settings, on_progress=cb), quiet)
    except EventwireError as e:
        for line in getattr(e, "failed", []):  # the inputs that failed before the run stopped
            click.echo(line, err=True)
        _fail(str(e))
    except KeyboardInterrupt:
        # Each article is committed as it is stored, so a re-run resumes after the last one.
        click.echo(f"interrupted: what was stored in {settings.db} is kept; run the same command again "
                   "to resume", err=True)
        sys.exit(130)
    for line in summary.failed:
        click.echo(line, err=True)
    if not quiet:
        _print_summary(summary, settings.db)
    if summary.failed:
        sys.exit(1)


def _with_progress(job: Any, quiet: bool) -> Any:
    """Run ``job(callback)`` with a rich progress line when stderr is a terminal."""
    if quiet or not sys.stderr.isatty():
        return job(None)
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    with Progress(SpinnerColumn(), TextColumn("{task.completed} inputs"), TextColumn("{task.description}"),
                  TimeElapsedColumn(), transient=True) as progress:
        task = progress.add_task("", total=None)
        return job(lambda name: progress.update(task, advance=1, description=name[-60:]))


def _print_summary(summary: Any, db: str) -> None:
    click.echo(f"inputs      {summary.inputs}  ({len(summary.failed)} failed)")
    click.echo(f"articles    {summary.articles}  ({summary.new_articles} new, {summary.already_stored} already stored)")
    # Duplicates, stories and events are the database's totals (a run adds to what is stored):
    # say so, with what this run added, so a run into a used database is not read as its own count.
    click.echo(f"duplicates  {summary.duplicates}  ({summary.new_duplicates} new)")
    click.echo(f"stories     {summary.stories}  ({summary.new_stories} new; in the database)")
    click.echo(f"events      {summary.events}  ({summary.new_events} new; in the database)")
    if summary.top_dyads:
        click.echo("top dyads (in the database)")
        for dyad, count in summary.top_dyads:
            click.echo(f"  {count:5d}  {dyad}")
    click.echo(f"database    {db}")


@main.command()
@click.option("--db", default="eventwire.db", show_default=True, help=DB_HELP)
@click.option("--what", type=click.Choice(["articles", "events", "stories"]), required=True, help="Which records.")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "parquet"]), default="jsonl", show_default=True)
@click.option("--out", default=None, help="Output file (default: standard output; parquet needs a file).")
def export(db: str, what: str, fmt: str, out: str | None) -> None:
    """Export stored articles, events or stories."""
    from eventwire.store import open_store
    from eventwire.store.export import export as export_records

    if out is not None and not out.strip():
        _fail("--out is empty; give a file name, or leave --out out to write to standard output")

    try:
        store = open_store(db, readonly=True)
        try:
            count = export_records(store, what, fmt, out)
        finally:
            store.close()
    except EventwireError as e:
        _fail(str(e))
    except KeyboardInterrupt:
        # The export goes to a file beside --out that replaces it only when whole.
        click.echo(f"interrupted: {out} is left as it was" if out else "interrupted", err=True)
        sys.exit(130)
    if out:
        click.echo(f"{count} {what} written to {out}", err=True)


@main.group(name="eval")
def eval_group() -> None:
    """Score eventwire against gold data (prints JSON metrics)."""


def _score(what: str, path: str, compute: Any) -> Any:
    """``compute()``, with gold data that is not what the scorer reads as one E024 line."""
    try:
        return compute()
    except EventwireError as e:
        _fail(str(e))
    except (ValueError, KeyError, TypeError, IndexError, AttributeError, OSError) as e:
        # json.JSONDecodeError is a ValueError; a record without its gold field, a KeyError.
        detail = f"{type(e).__name__}: {e}" if isinstance(e, (KeyError, TypeError, IndexError, AttributeError)) else e
        _fail(Errors.E024.format(path=path, detail=detail, what=what))


def _print_metrics(what: str, path: str, compute: Any) -> None:
    _echo_json(_score(what, path, compute))


@eval_group.command(name="extraction")
@click.argument("path", type=click.Path(exists=True))
def eval_extraction(path: str) -> None:
    """Body P/R/F1 (ScrapingHub shingles), title, date and author accuracy on a gold set.

    PATH: a ScrapingHub-layout folder (html/ + ground-truth.json) or a WCXB-layout folder
    (html/ + ground-truth/).
    """
    from eventwire.eval.extraction import evaluate_extraction

    _print_metrics("extraction", path, lambda: evaluate_extraction(path))


@eval_group.command(name="events")
@click.option("--plover", type=click.Path(exists=True), help="PLOVER gold records (JSON).")
@click.option("--petrarch", type=click.Path(exists=True), help="PETRARCH2 validation records (JSONL).")
@click.option("--split", type=click.Choice(["all", "tune", "heldout"]), default="all", show_default=True,
              help="PLOVER: all records, the tuning half (even positions) or the held-out half (odd).")
def eval_events(plover: str | None, petrarch: str | None, split: str) -> None:
    """Event coding against PLOVER gold (type + source/target countries) or PETRARCH2's suite."""
    from eventwire.eval import events as ev

    if not plover and not petrarch:
        _fail("give --plover PATH and/or --petrarch PATH")
    results: dict[str, Any] = {}
    if plover:
        results["plover"] = _score("events", plover, lambda: ev.evaluate_plover(plover, split=split))
    if petrarch:
        results["petrarch"] = _score("events", petrarch, lambda: ev.evaluate_petrarch(petrarch))
    _echo_json(results)


@eval_group.command(name="clustering")
@click.argument("path", type=click.Path(exists=True))
def eval_clustering(path: str) -> None:
    """Pairwise and BCubed P/R/F1 of online story clustering on JSONL with a gold 'story' field."""
    from eventwire.eval.clustering import evaluate_clustering

    _print_metrics("clustering", path, lambda: evaluate_clustering(path))


# --- actors ---
@main.group(name="actors")
def actors_group() -> None:
    """Resolve actor mentions and manage the user actor dictionary."""


def _user_path(path: str | None) -> Any:
    from eventwire.actors.user import user_dictionary_path
    from eventwire.settings import load_settings

    return user_dictionary_path(path or load_settings().user_actors)


@actors_group.command(name="resolve")
@click.argument("text")
@click.option("--date", "when", default=None, help="Resolve roles as of this day (YYYY-MM-DD; default today).")
@click.option("--context", default=None, help="The sentence TEXT occurs in (repeats, capitals as places).")
@click.option("--dictionary", "extra", multiple=True, type=click.Path(exists=True),
              help="Extra dictionary (JSONL, PETRARCH .actors.txt/.agents.txt); repeatable.")
@click.option("--user", "user_file", default=None, help="User dictionary file (default: settings user_actors).")
def actors_resolve(text: str, when: str | None, context: str | None, extra: tuple[str, ...], user_file: str | None) -> None:
    """Print the actor TEXT names as JSON (fields empty when unresolved)."""
    from datetime import date

    from eventwire.actors import get_resolver
    from eventwire.records import Actor

    try:
        day = date.fromisoformat(when) if when else None
    except ValueError:
        _fail(f"--date: not a YYYY-MM-DD date: {when}")
    try:
        resolver = get_resolver(extra, user=_user_path(user_file))
        actor = resolver.resolve_text(text, date=day, context=context) or Actor(text=text)
    except EventwireError as e:
        _fail(str(e))
    _echo_json(actor.to_dict())


@actors_group.command(name="add")
@click.argument("name")
@click.option("--code", required=True, help="CAMEO-style code: country + sector (USAGOV) or IGO + org (IGONAT).")
@click.option("--alias", "aliases", multiple=True, help="Another name (repeatable), e.g. a surname.")
@click.option("--from", "start", default=None, help="First day of this role (YYYY-MM-DD).")
@click.option("--to", "end", default=None, help="Day the role ended (YYYY-MM-DD); empty if current.")
@click.option("--title", default=None, help="The role, e.g. 'Mayor of Kharkiv'.")
@click.option("--country", default=None, help="ISO3 country, if not the code's first three letters.")
@click.option("--sector", default=None, help="PLOVER sector, if not the code's second segment.")
@click.option("--kind", type=click.Choice(["person", "org", "group", "igo", "agent"]), default=None)
@click.option("--user", "user_file", default=None, help="User dictionary file (default: settings user_actors).")
def actors_add(name: str, code: str, aliases: tuple[str, ...], start: str | None, end: str | None, title: str | None,
               country: str | None, sector: str | None, kind: str | None, user_file: str | None) -> None:
    """Add NAME (or a new role for NAME) to the user dictionary and print the entry."""
    from datetime import date

    from eventwire.actors.user import add_user_actor

    # The dictionary reader takes a date it cannot parse as no date (the role then holds on every
    # day), so a bad one is refused here, before anything is written.
    days = {}
    for flag, value in (("--from", start), ("--to", end)):
        if value:
            try:
                days[flag] = date.fromisoformat(value)
            except ValueError:
                _fail(f"{flag}: not a YYYY-MM-DD date: {value}")
    if len(days) == 2 and days["--to"] < days["--from"]:
        _fail(f"--to {end} is before --from {start}")
    record: dict[str, Any] = {"name": name, "code": code.upper()}
    optional = {"aliases": list(aliases), "from": start, "to": end, "title": title, "country": country,
                "sector": sector, "kind": kind}
    record.update({k: v for k, v in optional.items() if v})
    try:
        entry = add_user_actor(_user_path(user_file), record)
    except (ValueError, EventwireError) as e:
        _fail(str(e))
    _echo_json(entry)


@actors_group.command(name="list")
@click.argument("query", required=False)
@click.option("--builtin", is_flag=True, help="Search the built-in knowledge base instead (QUERY required).")
@click.option("--user", "user_file", default=None, help="User dictionary file (default: settings user_actors).")
def actors_list(query: str | None, builtin: bool, user_file: str | None) -> None:
    """List the user dictionary's entries (or built-in entries named QUERY), one JSON object a line."""
    from eventwire.actors.user import list_user_actors

    if builtin:
        if not query:
            _fail("--builtin needs a QUERY (a name to look up)")
        from eventwire.actors import get_resolver

        rows = [e.to_dict() for e in get_resolver(user=_user_path(user_file)).kb.lookup(query)]
    else:
        try:
            rows = list_user_actors(_user_path(user_file))
        except EventwireError as e:
            _fail(str(e))
        if query:
            needle = query.lower()
            rows = [r for r in rows if needle in json.dumps(r, ensure_ascii=False).lower()]
    for row in rows:
        click.echo(json.dumps(row, ensure_ascii=False))


# --- stories ---
def _read_store(db: str) -> Any:
    from eventwire.store import open_store

    try:
        return open_store(db, readonly=True)
    except EventwireError as e:
        _fail(str(e))


@main.command(name="stories")
@click.option("--db", default="eventwire.db", show_default=True, help=DB_HELP)
@click.option("--limit", default=50, show_default=True, help="How many stories (latest first).")
@click.option("--json", "as_json", is_flag=True, help="JSON for scripts instead of text.")
def stories_command(db: str, limit: int, as_json: bool) -> None:
    """List stories: title, outlets, articles and top events."""
    from eventwire.stories.compare import list_stories, render_story_list

    store = _read_store(db)
    try:
        rows = list_stories(store, limit=limit)
    finally:
        store.close()
    click.echo(json.dumps(rows, ensure_ascii=False, indent=2) if as_json else render_story_list(rows))


@main.command(name="story")
@click.argument("story_id")
@click.option("--db", default="eventwire.db", show_default=True, help=DB_HELP)
@click.option("--json", "as_json", is_flag=True, help="JSON for scripts instead of text.")
def story_command(story_id: str, db: str, as_json: bool) -> None:
    """Compare the outlets of story STORY_ID (or an id prefix): shared, unique and conflicting reports."""
    from eventwire.stories.compare import render_story, story_report

    store = _read_store(db)
    try:
        report = story_report(store, story_id)
    except EventwireError as e:
        _fail(str(e))
    finally:
        store.close()
    if report is None:
        _fail(f"no story {story_id!r} in {db}; list them with 'eventwire stories'")
    click.echo(json.dumps(report, ensure_ascii=False, indent=2, default=str) if as_json else render_story(report))
