"""Coded error messages, each saying what went wrong and what to do (spaCy's ``Errors``)."""

from __future__ import annotations


class Errors:
    E001 = "[E001] {input}: no such file, directory or URL"
    E002 = "[E002] {input}: empty input"
    E003 = "[E003] {input}: binary content ({kind}), not a web page or text"
    E004 = "[E004] {input}: truncated or corrupt gzip ({detail})"
    E005 = "[E005] {input}: no article text found (a listing or empty page?)"
    E006 = "[E006] {input}:{line}: not a JSON object ({detail})"
    E007 = "[E007] {input}: could not fetch ({detail})"
    E008 = "[E008] {input}: refused: {host} is a private, loopback or link-local address (use --allow-private)"
    E009 = "[E009] {input}: larger than {limit} bytes"
    E010 = "[E010] {input}: unsupported input type; give .html, .htm, .html.gz, .txt, .jsonl, .warc, .warc.gz, a directory or a URL"
    E011 = "[E011] {input}:{line}: JSONL record has no 'text', 'html' or 'title'"
    E012 = "[E012] {path}: not an eventwire database ({detail})"
    E013 = "[E013] {path}: database schema version {found} is newer than this eventwire ({supported}); upgrade eventwire"
    E014 = "[E014] stage '{stage}' reads '{field}', which no earlier stage writes; reorder the stages in settings"
    E015 = "[E015] unknown stage '{stage}'; registered stages: {known}"
    E016 = "[E016] {input}: not a readable WARC file ({detail})"
    E017 = "[E017] {input}: not an RSS or Atom feed ({detail})"
    E018 = "[E018] {input}: processing failed ({detail})"
    E019 = "[E019] {path}: cannot write export ({detail})"
    E020 = "[E020] {input}: cannot read ({detail}); check that it is a readable regular file"
    E021 = "[E021] {path}:{line}: not a valid actor entry ({detail}); see 'eventwire actors add --help'"
    E022 = "[E022] Dask scheduler {address}: {detail}; start 'dask scheduler' and 'dask worker' there, or use --dask local"
    E023 = "[E023] story id prefix '{prefix}' matches {count} stories ({matches}); give more of the id"
    E024 = "[E024] {path}: cannot score this gold data ({detail}); see 'eventwire eval {what} --help' for its layout"
    E025 = "[E025] {input}: article text has {length:,} characters, more than the parser's {limit:,}; split it into articles (one JSONL line or file each)"
    E026 = "[E026] {path}: cannot write to the database ({detail}); the run stopped; the {stored} articles it had stored are kept, and the same command resumes after them once the cause (disk space, permissions) is fixed"
    E027 = "[E027] {path}: cannot open or create the database ({detail}); check the path and that its folder and file may be written"
    E028 = "[E028] {input}: no file eventwire reads in this folder ({count} skipped: {kinds}); give .html, .htm, .html.gz, .txt, .jsonl, .warc, .warc.gz, .xml, .rss or .atom files"


class EventwireError(Exception):
    """An error with a one-line, user-facing message."""


class InputError(EventwireError):
    """A single input could not be used; the run goes on with the others."""
