-- Schema version 1 (PostgreSQL): documents and the records extracted from them.
--
-- The same tables and columns as ../0001_init.sql. Dialect: text compares byte-wise
-- (COLLATE "C", as SQLite's BINARY) whatever the database's locale; REAL is DOUBLE
-- PRECISION; `documents.rowid` is explicit (SQLite's is implicit).
--
-- Each record table keeps the full record as JSON (`json`, the source of truth read
-- back by the store) next to a few columns copied out of it for filtering and indexing.

CREATE TABLE documents (
    rowid       BIGSERIAL NOT NULL UNIQUE,
    id          TEXT PRIMARY KEY,
    sha256      TEXT COLLATE "C" NOT NULL UNIQUE,
    url         TEXT COLLATE "C",
    source      TEXT COLLATE "C",
    title       TEXT COLLATE "C",
    published   TEXT COLLATE "C",
    language    TEXT COLLATE "C",
    license     TEXT COLLATE "C",
    text        TEXT COLLATE "C" NOT NULL,
    ingested_at TEXT COLLATE "C" NOT NULL
);

CREATE TABLE events (
    id             TEXT COLLATE "C" PRIMARY KEY,
    document_id    TEXT COLLATE "C" NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    event_type     TEXT COLLATE "C" NOT NULL,
    sub_event_type TEXT COLLATE "C" NOT NULL,
    plover         TEXT COLLATE "C" NOT NULL,
    modality       TEXT COLLATE "C" NOT NULL,
    -- TIMEX3 value of the event date (`2024-03-07`, `2016-07`, `XXXX-03-07`).
    date           TEXT COLLATE "C",
    country        TEXT COLLATE "C",
    admin1         TEXT COLLATE "C",
    location_name  TEXT COLLATE "C",
    lat            DOUBLE PRECISION,
    lon            DOUBLE PRECISION,
    -- Best estimate; NULL when the text gives no number (never 0 for "unknown").
    fatalities     INTEGER,
    -- Actor ids (`actor:…`), joinable with actors(document_id, id).
    actor1         TEXT COLLATE "C",
    actor2         TEXT COLLATE "C",
    background     INTEGER NOT NULL,
    json           TEXT COLLATE "C" NOT NULL
);

CREATE INDEX events_date ON events(date);
CREATE INDEX events_country ON events(country);
CREATE INDEX events_event_type ON events(event_type);
CREATE INDEX events_document_id ON events(document_id);

CREATE TABLE actors (
    document_id TEXT COLLATE "C" NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    id          TEXT COLLATE "C" NOT NULL,
    name        TEXT COLLATE "C" NOT NULL,
    kind        TEXT COLLATE "C" NOT NULL,
    country     TEXT COLLATE "C",
    json        TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (document_id, id)
);

CREATE TABLE mentions (
    document_id TEXT COLLATE "C" NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    "start"     INTEGER NOT NULL,
    "end"       INTEGER NOT NULL,
    label       TEXT COLLATE "C" NOT NULL,
    text        TEXT COLLATE "C" NOT NULL,
    entity      TEXT COLLATE "C"
);

CREATE INDEX mentions_document_id ON mentions(document_id);
