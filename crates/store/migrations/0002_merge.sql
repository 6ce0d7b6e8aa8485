-- Schema version 2: near-duplicate links, merged events, actor profiles, full-text search.
--
-- The merged tables are derived: `Store::refresh_merged` recomputes them from the
-- per-document records (documents, events, actors, copies) in one transaction, and
-- `merge_state` records which corpus they were computed from.

-- SimHash of each document's normalized text (64 bits, stored as a signed integer).
CREATE TABLE fingerprints (
    document_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    simhash     INTEGER NOT NULL
);

-- Documents stored as copies (wire copies, re-publications) of another: their text is
-- kept and searchable, but they are not coded; `original_id` is coded.
CREATE TABLE copies (
    document_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    original_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    -- SimHash distance in bits and shingle containment (0..1) that linked them.
    distance    INTEGER NOT NULL,
    containment REAL NOT NULL
);

CREATE INDEX copies_original_id ON copies(original_id);

CREATE TABLE merged_events (
    id              TEXT PRIMARY KEY,
    event_type      TEXT NOT NULL,
    sub_event_type  TEXT NOT NULL,
    modality        TEXT NOT NULL,
    -- The most precise TIMEX3 value of the sources, and the days it stands for.
    date            TEXT,
    date_start      TEXT,
    date_end        TEXT,
    country         TEXT,
    admin1          TEXT,
    location_name   TEXT,
    lat             REAL,
    lon             REAL,
    fatalities_low  INTEGER,
    fatalities_best INTEGER,
    fatalities_high INTEGER,
    background      INTEGER NOT NULL,
    n_documents     INTEGER NOT NULL,
    json            TEXT NOT NULL
);

CREATE INDEX merged_events_date_start ON merged_events(date_start);
CREATE INDEX merged_events_country ON merged_events(country);

-- Which documents (sources and their copies) and per-document events a merged event
-- stands for.
CREATE TABLE merged_event_documents (
    merged_id   TEXT NOT NULL REFERENCES merged_events(id) ON DELETE CASCADE,
    document_id TEXT NOT NULL,
    -- The per-document event, NULL for a copy.
    event_id    TEXT
);

CREATE INDEX merged_event_documents_merged_id ON merged_event_documents(merged_id);
CREATE INDEX merged_event_documents_document_id ON merged_event_documents(document_id);

-- Cross-document actor identities and their profiles.
CREATE TABLE actor_profiles (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    kind        TEXT NOT NULL,
    country     TEXT,
    n_documents INTEGER NOT NULL,
    json        TEXT NOT NULL
);

-- Matching keys (see tidings_merge::identity) of every name of a profile.
CREATE TABLE actor_names (
    key      TEXT NOT NULL,
    actor_id TEXT NOT NULL REFERENCES actor_profiles(id) ON DELETE CASCADE,
    PRIMARY KEY (key, actor_id)
);

-- Per-document actors of each profile.
CREATE TABLE actor_members (
    actor_id    TEXT NOT NULL REFERENCES actor_profiles(id) ON DELETE CASCADE,
    document_id TEXT NOT NULL,
    local_id    TEXT NOT NULL,
    PRIMARY KEY (document_id, local_id)
);

CREATE INDEX actor_members_actor_id ON actor_members(actor_id);

-- Actors of each merged event (any role), for filtering by actor.
CREATE TABLE merged_event_actors (
    merged_id TEXT NOT NULL REFERENCES merged_events(id) ON DELETE CASCADE,
    actor_id  TEXT NOT NULL,
    PRIMARY KEY (merged_id, actor_id)
);

CREATE INDEX merged_event_actors_actor_id ON merged_event_actors(actor_id);

-- Full text of the documents (external content: the text is not stored twice).
CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content = 'documents', content_rowid = 'rowid');

CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
    INSERT INTO documents_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;

CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
    INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
END;

INSERT INTO documents_fts(documents_fts) VALUES ('rebuild');

-- Searchable text of each merged event: types, actors, place, notes.
CREATE VIRTUAL TABLE merged_events_fts USING fts5(merged_id UNINDEXED, text);

-- What the merged tables were computed from: (number of documents, largest rowid).
CREATE TABLE merge_state (
    id        INTEGER PRIMARY KEY CHECK (id = 1),
    documents INTEGER NOT NULL,
    max_rowid INTEGER NOT NULL
);
