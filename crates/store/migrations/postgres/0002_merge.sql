-- Schema version 2 (PostgreSQL; see ../0002_merge.sql): near-duplicate links, merged events, actor profiles, full-text search.
--
-- The merged tables are derived: `Store::refresh_merged` recomputes them from the
-- per-document records (documents, events, actors, copies) in one transaction, and
-- `merge_state` records which corpus they were computed from.

-- SimHash of each document's normalized text (64 bits, stored as a signed integer).
CREATE TABLE fingerprints (
    document_id TEXT COLLATE "C" PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    simhash     BIGINT NOT NULL
);

-- Documents stored as copies (wire copies, re-publications) of another: their text is
-- kept and searchable, but they are not coded; `original_id` is coded.
CREATE TABLE copies (
    document_id TEXT COLLATE "C" PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    original_id TEXT COLLATE "C" NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    -- SimHash distance in bits and shingle containment (0..1) that linked them.
    distance    INTEGER NOT NULL,
    containment DOUBLE PRECISION NOT NULL
);

CREATE INDEX copies_original_id ON copies(original_id);

CREATE TABLE merged_events (
    id              TEXT COLLATE "C" PRIMARY KEY,
    event_type      TEXT COLLATE "C" NOT NULL,
    sub_event_type  TEXT COLLATE "C" NOT NULL,
    modality        TEXT COLLATE "C" NOT NULL,
    -- The most precise TIMEX3 value of the sources, and the days it stands for.
    date            TEXT COLLATE "C",
    date_start      TEXT COLLATE "C",
    date_end        TEXT COLLATE "C",
    country         TEXT COLLATE "C",
    admin1          TEXT COLLATE "C",
    location_name   TEXT COLLATE "C",
    lat             DOUBLE PRECISION,
    lon             DOUBLE PRECISION,
    fatalities_low  INTEGER,
    fatalities_best INTEGER,
    fatalities_high INTEGER,
    background      INTEGER NOT NULL,
    n_documents     INTEGER NOT NULL,
    json            TEXT COLLATE "C" NOT NULL
);

CREATE INDEX merged_events_date_start ON merged_events(date_start);
CREATE INDEX merged_events_country ON merged_events(country);

-- Which documents (sources and their copies) and per-document events a merged event
-- stands for.
CREATE TABLE merged_event_documents (
    merged_id   TEXT COLLATE "C" NOT NULL REFERENCES merged_events(id) ON DELETE CASCADE,
    document_id TEXT COLLATE "C" NOT NULL,
    -- The per-document event, NULL for a copy.
    event_id    TEXT COLLATE "C"
);

CREATE INDEX merged_event_documents_merged_id ON merged_event_documents(merged_id);
CREATE INDEX merged_event_documents_document_id ON merged_event_documents(document_id);

-- Cross-document actor identities and their profiles.
CREATE TABLE actor_profiles (
    id          TEXT COLLATE "C" PRIMARY KEY,
    name        TEXT COLLATE "C" NOT NULL,
    kind        TEXT COLLATE "C" NOT NULL,
    country     TEXT COLLATE "C",
    n_documents INTEGER NOT NULL,
    json        TEXT COLLATE "C" NOT NULL
);

-- Matching keys (see tidings_merge::identity) of every name of a profile.
CREATE TABLE actor_names (
    key      TEXT COLLATE "C" NOT NULL,
    actor_id TEXT COLLATE "C" NOT NULL REFERENCES actor_profiles(id) ON DELETE CASCADE,
    PRIMARY KEY (key, actor_id)
);

-- Per-document actors of each profile.
CREATE TABLE actor_members (
    actor_id    TEXT COLLATE "C" NOT NULL REFERENCES actor_profiles(id) ON DELETE CASCADE,
    document_id TEXT COLLATE "C" NOT NULL,
    local_id    TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (document_id, local_id)
);

CREATE INDEX actor_members_actor_id ON actor_members(actor_id);

-- Actors of each merged event (any role), for filtering by actor.
CREATE TABLE merged_event_actors (
    merged_id TEXT COLLATE "C" NOT NULL REFERENCES merged_events(id) ON DELETE CASCADE,
    actor_id  TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (merged_id, actor_id)
);

CREATE INDEX merged_event_actors_actor_id ON merged_event_actors(actor_id);

-- Dialect: full text as generated tsvector columns with GIN indexes (FTS5 tables on
-- SQLite). `search_text` holds the words of title and text as FTS5's default tokenizer
-- sees them (lowercased, diacritics removed, split at every other character), written
-- by the store; the 'simple' configuration indexes them without stemming or stop words.
ALTER TABLE documents ADD COLUMN search_text TEXT NOT NULL DEFAULT '';
ALTER TABLE documents ADD COLUMN tsv tsvector
    GENERATED ALWAYS AS (to_tsvector('simple', search_text)) STORED;
CREATE INDEX documents_tsv ON documents USING GIN (tsv);

-- Searchable text of each merged event: types, actors, place, notes (as the words
-- FTS5 would see, like `documents.search_text`).
CREATE TABLE merged_events_fts (
    merged_id TEXT COLLATE "C" NOT NULL,
    text      TEXT COLLATE "C" NOT NULL,
    tsv       tsvector GENERATED ALWAYS AS (to_tsvector('simple', text)) STORED
);
CREATE INDEX merged_events_fts_tsv ON merged_events_fts USING GIN (tsv);

-- What the merged tables were computed from: (number of documents, largest rowid).
CREATE TABLE merge_state (
    id        INTEGER PRIMARY KEY CHECK (id = 1),
    documents INTEGER NOT NULL,
    max_rowid BIGINT NOT NULL
);
