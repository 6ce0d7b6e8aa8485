-- Schema version 1: documents and the records extracted from them.
--
-- Each record table keeps the full record as JSON (`json`, the source of truth read
-- back by the store) next to a few columns copied out of it for filtering and indexing.

CREATE TABLE documents (
    id          TEXT PRIMARY KEY,
    sha256      TEXT NOT NULL UNIQUE,
    url         TEXT,
    source      TEXT,
    title       TEXT,
    published   TEXT,
    language    TEXT,
    license     TEXT,
    text        TEXT NOT NULL,
    ingested_at TEXT NOT NULL
);

CREATE TABLE events (
    id             TEXT PRIMARY KEY,
    document_id    TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    event_type     TEXT NOT NULL,
    sub_event_type TEXT NOT NULL,
    plover         TEXT NOT NULL,
    modality       TEXT NOT NULL,
    -- TIMEX3 value of the event date (`2024-03-07`, `2016-07`, `XXXX-03-07`).
    date           TEXT,
    country        TEXT,
    admin1         TEXT,
    location_name  TEXT,
    lat            REAL,
    lon            REAL,
    -- Best estimate; NULL when the text gives no number (never 0 for "unknown").
    fatalities     INTEGER,
    -- Actor ids (`actor:…`), joinable with actors(document_id, id).
    actor1         TEXT,
    actor2         TEXT,
    background     INTEGER NOT NULL,
    json           TEXT NOT NULL
);

CREATE INDEX events_date ON events(date);
CREATE INDEX events_country ON events(country);
CREATE INDEX events_event_type ON events(event_type);
CREATE INDEX events_document_id ON events(document_id);

CREATE TABLE actors (
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    id          TEXT NOT NULL,
    name        TEXT NOT NULL,
    kind        TEXT NOT NULL,
    country     TEXT,
    json        TEXT NOT NULL,
    PRIMARY KEY (document_id, id)
);

CREATE TABLE mentions (
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    "start"     INTEGER NOT NULL,
    "end"       INTEGER NOT NULL,
    label       TEXT NOT NULL,
    text        TEXT NOT NULL,
    entity      TEXT
);

CREATE INDEX mentions_document_id ON mentions(document_id);
