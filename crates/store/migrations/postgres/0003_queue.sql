-- Schema version 3 (PostgreSQL; see ../0003_queue.sql): the work queue of documents stored for coding by workers.
--
-- `payload` is the document's input as JSON, kept until a worker codes it; a row is
-- claimable while not done and its lease (`lease_until`, milliseconds since the epoch
-- on the database server's clock) is NULL or past.

CREATE TABLE queue (
    id          BIGSERIAL PRIMARY KEY,
    sha256      TEXT COLLATE "C" NOT NULL UNIQUE,
    payload     TEXT COLLATE "C" NOT NULL,
    enqueued_at TEXT COLLATE "C" NOT NULL,
    lease_until BIGINT,
    claimed_by  TEXT COLLATE "C",
    attempts    INTEGER NOT NULL DEFAULT 0,
    done        INTEGER NOT NULL DEFAULT 0,
    -- The id the document was stored under (or the stored duplicate's).
    stored_id   TEXT COLLATE "C"
);

-- Claims look only at rows not done.
CREATE INDEX queue_pending ON queue(id) WHERE done = 0;
