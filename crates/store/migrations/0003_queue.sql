-- Schema version 3: the work queue of documents stored for coding by workers.
--
-- `payload` is the document's input as JSON, kept until a worker codes it; a row is
-- claimable while not done and its lease (`lease_until`, milliseconds since the epoch
-- on the database server's clock) is NULL or past.

CREATE TABLE queue (
    id          INTEGER PRIMARY KEY,
    sha256      TEXT NOT NULL UNIQUE,
    payload     TEXT NOT NULL,
    enqueued_at TEXT NOT NULL,
    lease_until INTEGER,
    claimed_by  TEXT,
    attempts    INTEGER NOT NULL DEFAULT 0,
    done        INTEGER NOT NULL DEFAULT 0,
    -- The id the document was stored under (or the stored duplicate's).
    stored_id   TEXT
);

CREATE INDEX queue_done_id ON queue(done, id);
