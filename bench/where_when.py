"""Benchmark for where/when: accuracy on held-out cases and resolutions per second.

Held-out cases are written for this benchmark and were not used while writing or tuning the
code (the tests in tests/when and tests/geo are the development cases). The expected answers
are what a careful reader would say, not what the code does, so some are known to be hard
(holidays, "on the 30th", Canadian provinces as context).

Speed runs on real news leads from ../shared (AllSides roundups) when present: every sentence
is dated and located as if it held an event (an upper bound on the stage's work per article).

Run: PYTHONPATH=src HF_HUB_OFFLINE=1 python bench/where_when.py  -> bench/results/where_when.json
"""

from __future__ import annotations

import json
import platform
import re
import sys
import time
from datetime import UTC, date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data" / "clustering" / "allsides" / "allsides_roundups_2021.jsonl"
OUT = ROOT / "bench" / "results" / "where_when.json"

A = datetime(2024, 3, 4, 10, tzinfo=UTC)  # Monday
B = datetime(2023, 12, 29, 10, tzinfo=UTC)  # Friday
C = datetime(2024, 9, 1, 10, tzinfo=UTC)  # Sunday
D = datetime(2025, 1, 15, 10, tzinfo=UTC)  # Wednesday

DATE_CASES: list[tuple[datetime, str, date, str]] = [
    (A, "Rockets hit the city on Saturday.", date(2024, 3, 2), "day"),
    (A, "The talks were held in Geneva on Feb. 27.", date(2024, 2, 27), "day"),
    (A, "The ministers met from Feb. 26 to 28.", date(2024, 2, 26), "range"),
    (A, "Elections took place on 25 February 2024.", date(2024, 2, 25), "day"),
    (A, "The army launched the offensive last Monday.", date(2024, 2, 26), "day"),
    (A, "Talks will resume on Friday.", date(2024, 3, 8), "day"),
    (A, "The rally drew thousands on Sunday.", date(2024, 3, 3), "day"),
    (A, "Prices rose sharply in January.", date(2024, 1, 1), "month"),
    (A, "The floods began in November.", date(2023, 11, 1), "month"),
    (A, "The attack came late last month.", date(2024, 2, 1), "month"),
    (A, "The law was passed in 2019.", date(2019, 1, 1), "year"),
    (A, "The troops arrived four days ago.", date(2024, 2, 29), "day"),
    (A, "Talks collapsed over the weekend.", date(2024, 3, 2), "range"),
    (A, "The strike ended this morning.", date(2024, 3, 4), "day"),
    (A, "The president visited the region earlier this year.", date(2024, 1, 1), "year"),
    (A, "Hundreds protested outside parliament.", date(2024, 3, 4), "published"),
    (A, "The army said 1,200 soldiers were deployed.", date(2024, 3, 4), "published"),
    (B, "The ceasefire collapsed on Christmas Day.", date(2023, 12, 25), "day"),
    (B, "Talks are scheduled for January 8.", date(2024, 1, 8), "day"),
    (B, "Fighting flared between 20 and 22 December.", date(2023, 12, 20), "range"),
    (B, "The blast happened on Dec. 31, 2022.", date(2022, 12, 31), "day"),
    (B, "The hostages were freed on Wednesday.", date(2023, 12, 27), "day"),
    (B, "Leaders met last week.", date(2023, 12, 18), "week"),
    (B, "The offensive began in October 2023.", date(2023, 10, 1), "month"),
    (B, "Ships were attacked in the Red Sea from Dec. 3-5.", date(2023, 12, 3), "range"),
    (B, "The summit will take place next month.", date(2024, 1, 1), "month"),
    (B, "Two soldiers were killed yesterday.", date(2023, 12, 28), "day"),
    (C, "The vote was held on Sunday.", date(2024, 9, 1), "day"),
    (C, "The vote was held on Saturday, Aug. 31.", date(2024, 8, 31), "day"),
    (C, "Clashes erupted on August 28-29.", date(2024, 8, 28), "range"),
    (C, "Clashes erupted in mid-August.", date(2024, 8, 1), "month"),
    (C, "The envoy arrived on the 30th.", date(2024, 8, 30), "day"),
    (C, "The deal was agreed in July 2024.", date(2024, 7, 1), "month"),
    (C, "The protests started three weeks ago.", date(2024, 8, 5), "week"),
    (C, "The minister resigned on Friday night.", date(2024, 8, 30), "day"),
    (C, "Officials will meet on Tuesday.", date(2024, 9, 3), "day"),
    (D, "The truce took effect on Jan. 12.", date(2025, 1, 12), "day"),
    (D, "The fires broke out on January 7 and spread quickly.", date(2025, 1, 7), "day"),
    (D, "Rescue teams worked between 10 and 12 January.", date(2025, 1, 10), "range"),
    (D, "The hearing was held in December.", date(2024, 12, 1), "month"),
    (D, "The strikes started on New Year's Eve.", date(2024, 12, 31), "day"),
    (D, "Exports fell last year.", date(2024, 1, 1), "year"),
    (D, "The cabinet met this week.", date(2025, 1, 13), "week"),
    (D, "The deal expires in March.", date(2025, 3, 1), "month"),
    (D, "Some 300 people were evacuated, officials said.", date(2025, 1, 15), "published"),
    (D, "Police arrested 12 suspects on Monday, January 13.", date(2025, 1, 13), "day"),
]

# (name, context, expected (name, ISO3) or None)
PLACE_CASES: list[tuple[str, str | None, tuple[str, str] | None]] = [
    ("Kharkiv", None, ("Kharkiv", "UKR")),
    ("Odesa", None, ("Odesa", "UKR")),
    ("Odessa", None, ("Odesa", "UKR")),
    ("Mariupol", None, ("Mariupol", "UKR")),
    ("Khan Younis", None, ("Khan Yunis", "PSE")),
    ("Rafah", None, ("Rafah", "PSE")),
    ("Sanaa", None, ("Sanaa", "YEM")),
    ("Mosul", None, ("Mosul", "IRQ")),
    ("Idlib", None, ("Idlib", "SYR")),
    ("Goma", None, ("Goma", "COD")),
    ("Mogadishu", None, ("Mogadishu", "SOM")),
    ("Port Sudan", None, ("Port Sudan", "SDN")),
    ("El Fasher", None, ("El Fasher", "SDN")),
    ("Tel Aviv", None, ("Tel Aviv", "ISR")),
    ("Caracas", None, ("Caracas", "VEN")),
    ("Portland", None, ("Portland", "USA")),
    ("Cambridge", "Massachusetts", ("Cambridge", "USA")),
    ("London", "Ontario", ("London", "CAN")),
    ("Hyderabad", "Pakistan", ("Hyderabad", "PAK")),
    ("Santiago", None, ("Santiago", "CHL")),
    ("San Jose", "Costa Rica", ("San José", "CRI")),
    ("Kashmir", None, None),
    ("Donbas", None, ("Donbas", "UKR")),
    ("Taiwan", None, ("Taiwan", "TWN")),
    ("North Korea", None, ("North Korea", "PRK")),
    ("the Philippines", None, ("Philippines", "PHL")),
    ("Myanmar", None, ("Myanmar", "MMR")),
    ("Hong Kong", None, ("Hong Kong", "HKG")),
    ("Aden", None, ("Aden", "YEM")),
    ("Lagos", None, ("Lagos", "NGA")),
    ("Tigray", None, ("Tigray", "ETH")),
    ("Sumy", None, ("Sumy", "UKR")),
    ("Kherson", None, ("Kherson", "UKR")),
    ("Jenin", None, ("Jenin", "PSE")),
    ("Nablus", None, ("Nablus", "PSE")),
    ("Darfur", None, ("Darfur", "SDN")),
    ("Bristol", None, ("Bristol", "GBR")),
    ("Hamilton", None, None),
    ("Victoria", None, None),
]

# (sentence, actor mentions, expected (name, ISO3) or None); parsed with spaCy.
SENTENCE_CASES: list[tuple[str, list[str], tuple[str, str] | None]] = [
    ("Israeli troops raided the Jenin refugee camp on Monday.", ["Israeli troops"], ("Jenin", "PSE")),
    ("Kyiv accused Moscow of targeting civilians.", ["Kyiv", "Moscow"], None),
    ("Ukraine's foreign minister met his counterpart in Brussels.", ["Ukraine's foreign minister"], ("Brussels", "BEL")),
    ("Protesters rallied outside the Russian embassy in Berlin.", ["Protesters"], ("Berlin", "DEU")),
    ("Tehran warned Washington against further sanctions.", ["Tehran", "Washington"], None),
    ("A car bomb exploded near a market in Mogadishu, killing five.", [], ("Mogadishu", "SOM")),
    ("The talks in Doha, Qatar, ended without a deal.", [], ("Doha", "QAT")),
    ("Floods hit the city of Porto Alegre in southern Brazil.", [], ("Porto Alegre", "BRA")),
    ("Paris and Berlin called for calm.", ["Paris", "Berlin"], None),
    ("Fighting continued around Avdiivka in the Donetsk region.", [], ("Avdiyivka", "UKR")),
    ("Hamas fighters crossed into Israel from Gaza.", ["Hamas fighters"], ("Israel", "ISR")),
    ("The UN Security Council met in New York on Friday.", ["The UN Security Council"], ("New York City", "USA")),
    ("Delegates gathered at the summit in Vilnius.", ["Delegates"], ("Vilnius", "LTU")),
    ("Russian drones struck energy facilities in the Odesa region overnight.", ["Russian drones"], ("Odesa", "UKR")),
    ("The prime minister spoke to reporters in London after talks with Beijing.", ["The prime minister", "Beijing"],
     ("London", "GBR")),
]


def _same_place(got, expected: tuple[str, str] | None) -> bool:
    """Whether a resolved Location is the expected place: same country, and the expected name is
    the place's name or one of its alternate names (spellings differ: "Khan Younis")."""
    from eventwire.geo import get_gazetteer
    from eventwire.geo.gazetteer import name_key

    if got is None or expected is None:
        return got is None and expected is None
    name, country = expected
    if got.country != country:
        return False
    if name_key(got.name) == name_key(name):
        return True
    return any(e.place.name == got.name and e.place.country == country for e in get_gazetteer().lookup(name))


def _accuracy_dates() -> dict:
    from eventwire.when import resolve_date

    misses = []
    for published, sentence, expected, precision in DATE_CASES:
        got = resolve_date(sentence, published)
        if got != (expected, precision):
            misses.append({"sentence": sentence, "published": published.date().isoformat(),
                           "expected": [expected.isoformat(), precision],
                           "got": [got[0].isoformat() if got[0] else None, got[1]]})
    n = len(DATE_CASES)
    return {"cases": n, "correct": n - len(misses), "accuracy": round((n - len(misses)) / n, 3), "misses": misses}


def _accuracy_places() -> dict:
    from eventwire.geo import resolve_place

    misses = []
    for name, context, expected in PLACE_CASES:
        location = resolve_place(name, country=context)
        got = None if location is None else (location.name, location.country)
        if not _same_place(location, expected):
            misses.append({"name": name, "context": context, "expected": expected, "got": got})
    n = len(PLACE_CASES)
    return {"cases": n, "correct": n - len(misses), "accuracy": round((n - len(misses)) / n, 3), "misses": misses}


def _accuracy_sentences(nlp) -> dict:
    from eventwire.geo import find_location

    misses = []
    for sentence, actors, expected in SENTENCE_CASES:
        doc = nlp(sentence)
        spans = {(sentence.index(a), sentence.index(a) + len(a)) for a in actors}
        location = find_location(doc[:], actor_spans=spans)
        got = None if location is None else (location.name, location.country)
        if not _same_place(location, expected):
            misses.append({"sentence": sentence, "expected": expected, "got": got})
    n = len(SENTENCE_CASES)
    return {"cases": n, "correct": n - len(misses), "accuracy": round((n - len(misses)) / n, 3), "misses": misses}


_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-Z“\"])")


def _load_articles(limit: int) -> list[tuple[str, datetime | None]]:
    articles = []
    with open(SHARED, encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            text = f"{record.get('title') or ''}\n\n{record.get('text') or ''}".strip()
            published = datetime.fromisoformat(record["date"]) if record.get("date") else None
            articles.append((text, published))
            if len(articles) >= limit:
                break
    return articles


def _speed(nlp) -> dict:
    from eventwire.geo import find_location, resolve_place
    from eventwire.geo.where_when import where_when_stage
    from eventwire.records import Article, Document, Event, Mention
    from eventwire.stages import ArticleWork
    from eventwire.when import resolve_date
    from eventwire.when.resolve import parse_explicit

    if not SHARED.exists():
        return {"skipped": f"{SHARED} not found"}
    articles = _load_articles(1479)
    sentences = [(s, pub) for text, pub in articles for s in _SPLIT.split(text) if s.strip()]
    parse_explicit.cache_clear()
    start = time.perf_counter()
    dated = sum(1 for s, pub in sentences if resolve_date(s, pub)[1] not in (None, "published"))
    date_seconds = time.perf_counter() - start

    sample = articles[:300]
    docs = list(nlp.pipe([text for text, _ in sample], batch_size=32))
    sents = [sent for doc in docs for sent in doc.sents]
    start = time.perf_counter()
    located = sum(1 for sent in sents if find_location(sent) is not None)
    place_seconds = time.perf_counter() - start

    names = [ent.text for doc in docs for ent in doc.ents if ent.label_ in ("GPE", "LOC", "FAC")]
    start = time.perf_counter()
    for name in names:
        resolve_place(name)
    name_seconds = time.perf_counter() - start

    works = []
    for (text, published), doc in zip(sample, docs, strict=True):
        article = Article(id="a", doc_id="d", text=text, published=published)
        events = [Event(source=None, target=None, type="CONSULT",
                        mentions=[Mention("a", s.text, s.start_char, s.end_char)]) for s in doc.sents]
        works.append(ArticleWork(document=Document(raw="", doc_id="d"), article=article, parsed=doc, events=events))
    start = time.perf_counter()
    for work in works:
        where_when_stage(work, None)
    stage_seconds = time.perf_counter() - start
    events = sum(len(w.events) for w in works)
    return {
        "data": "AllSides 2021 roundup leads from ../shared (title + lead per article)",
        "dates": {"sentences": len(sentences), "with_explicit_or_relative_date": dated,
                  "seconds": round(date_seconds, 3), "per_second": round(len(sentences) / date_seconds, 1),
                  "note": "dateparser cache cleared before the run"},
        "find_location": {"sentences": len(sents), "located": located, "seconds": round(place_seconds, 3),
                          "per_second": round(len(sents) / place_seconds, 1), "note": "spaCy parse not timed"},
        "resolve_place": {"names": len(names), "seconds": round(name_seconds, 3),
                          "per_second": round(len(names) / name_seconds, 1)},
        "stage": {"articles": len(works), "events": events, "seconds": round(stage_seconds, 3),
                  "articles_per_second_one_core": round(len(works) / stage_seconds, 1),
                  "note": "one event per sentence: an upper bound on the stage's work"},
    }


def main() -> None:
    start = time.perf_counter()
    from eventwire.geo import get_gazetteer

    get_gazetteer()
    load_seconds = time.perf_counter() - start
    from eventwire.nlp import load_nlp

    nlp = load_nlp()
    results = {
        "machine": f"{platform.machine()}, {platform.python_version()}; 2 cores shared with other engineers' jobs",
        "run_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "gazetteer_load_seconds": round(load_seconds, 3),
        "held_out": {
            "dates": _accuracy_dates(),
            "places_by_name": _accuracy_places(),
            "places_in_parsed_sentences": _accuracy_sentences(nlp),
        },
        "speed": _speed(nlp),
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    json.dump(results, sys.stdout, indent=2, ensure_ascii=False)


if __name__ == "__main__":
    main()
