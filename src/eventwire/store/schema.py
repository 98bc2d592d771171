"""The SQLite schema as an ordered list of migrations.

``PRAGMA user_version`` holds how many have been applied. Append new migrations at the end;
never edit one that has shipped, so every existing database upgrades the same way.
"""

from __future__ import annotations

MIGRATIONS: list[str] = [
    # 1: articles, their full-text index, events and their evidence, stories.
    """
    CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        doc_id TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        url TEXT,
        outlet TEXT,
        title TEXT,
        authors TEXT NOT NULL DEFAULT '[]',
        published TEXT,
        language TEXT,
        text TEXT NOT NULL,
        duplicate_of TEXT,
        story_id TEXT,
        fetched_at TEXT,
        origin TEXT,
        dateline TEXT,
        added_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    );
    CREATE UNIQUE INDEX articles_hash_doc ON articles(content_hash, doc_id);
    CREATE INDEX articles_story ON articles(story_id);
    CREATE INDEX articles_published ON articles(published);
    CREATE VIRTUAL TABLE articles_fts USING fts5(
        title, text, content='articles', content_rowid='rowid'
    );
    CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
    END;
    CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text)
        VALUES ('delete', old.rowid, old.title, old.text);
    END;
    CREATE TRIGGER articles_au AFTER UPDATE OF title, text ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text)
        VALUES ('delete', old.rowid, old.title, old.text);
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
    END;
    CREATE TABLE events (
        id TEXT PRIMARY KEY,
        story_id TEXT,
        date TEXT,
        date_precision TEXT,
        type TEXT NOT NULL,
        mode TEXT,
        cameo TEXT,
        goldstein REAL,
        quad_class INTEGER,
        negated INTEGER NOT NULL DEFAULT 0,
        modality TEXT,
        source_name TEXT, source_code TEXT, source_country TEXT, source_sector TEXT,
        target_name TEXT, target_code TEXT, target_country TEXT, target_sector TEXT,
        location_name TEXT, location_country TEXT, location_lat REAL, location_lon REAL,
        num_mentions INTEGER NOT NULL DEFAULT 1,
        num_articles INTEGER NOT NULL DEFAULT 1,
        num_sources INTEGER NOT NULL DEFAULT 1,
        confidence REAL,
        data TEXT NOT NULL
    );
    CREATE INDEX events_story ON events(story_id);
    CREATE INDEX events_dyad ON events(source_code, target_code);
    CREATE TABLE mentions (
        event_id TEXT NOT NULL REFERENCES events(id),
        article_id TEXT NOT NULL REFERENCES articles(id),
        doc_id TEXT,
        outlet TEXT,
        sentence TEXT NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        quote_speaker TEXT,
        trigger TEXT,
        PRIMARY KEY (event_id, article_id, start)
    );
    CREATE INDEX mentions_article ON mentions(article_id);
    CREATE TABLE stories (
        id TEXT PRIMARY KEY,
        title TEXT,
        first_seen TEXT,
        last_seen TEXT,
        data TEXT NOT NULL DEFAULT '{}'
    );
    """,
    # 2: stories package state: near-duplicate LSH bands, clustering features, story centres.
    """
    CREATE TABLE story_dedup_bands (
        band INTEGER NOT NULL,
        key BLOB NOT NULL,
        article_id TEXT NOT NULL
    );
    CREATE INDEX story_dedup_bands_key ON story_dedup_bands(band, key);
    CREATE TABLE story_articles (
        article_id TEXT PRIMARY KEY,
        story_id TEXT NOT NULL,
        day REAL,
        embedding BLOB,
        terms BLOB,
        names TEXT NOT NULL DEFAULT '[]'
    );
    CREATE INDEX story_articles_story ON story_articles(story_id);
    CREATE TABLE story_state (
        story_id TEXT PRIMARY KEY,
        size INTEGER NOT NULL,
        first_day REAL,
        last_day REAL,
        seq INTEGER NOT NULL,
        centroid BLOB NOT NULL,
        names TEXT NOT NULL DEFAULT '{}'
    );
    CREATE INDEX story_state_last ON story_state(last_day);
    CREATE INDEX story_state_first ON story_state(first_day, seq);
    CREATE TABLE story_meta (
        key TEXT PRIMARY KEY,
        value BLOB
    );
    """,
    # 3: articles by URL: a page fetched again after its outlet edited it is a revision of the
    # stored article (stories.dedup), and a feed entry is looked up by its link.
    """
    CREATE INDEX articles_url ON articles(url);
    """,
    # 4: a clustered article's TF-IDF weights (in the order of its term buckets) as they were
    # when it joined its story: a later run scores it as a member as the run that stored it did,
    # not with today's IDF, so two runs of half the articles each give the stories of one run.
    """
    ALTER TABLE story_articles ADD COLUMN tfidf BLOB;
    """,
]
