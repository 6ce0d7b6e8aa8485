-- Schema version 7: incremental merging. A refresh merges the documents stored since
-- the last one with the merged events they may join, instead of the whole store.
-- `merge_keys` holds, for each merged per-document event, its merged event and the
-- keys its candidates are looked up by (`tidings_merge::events::candidate_key`);
-- `merge_copies` the copy links the merged tables were computed with;
-- `quoted_shingles` what documents quote. The next refresh recomputes everything
-- once (`merge_state` is cleared), filling them.

CREATE TABLE merge_keys (
    event_id    TEXT COLLATE "C" PRIMARY KEY,
    document_id TEXT COLLATE "C" NOT NULL,
    merged_id   TEXT COLLATE "C" NOT NULL,
    block       TEXT COLLATE "C" NOT NULL,
    -- '' when not located.
    country     TEXT COLLATE "C" NOT NULL,
    -- Days since 1970-01-01 of the date's interval; NULL without a year.
    start_day   BIGINT,
    end_day     BIGINT,
    -- GeoNames id of its town or site.
    town        BIGINT
);

CREATE INDEX merge_keys_country_day ON merge_keys(block, country, start_day);
CREATE INDEX merge_keys_day ON merge_keys(block, start_day);
CREATE INDEX merge_keys_town ON merge_keys(block, town);
CREATE INDEX merge_keys_merged_id ON merge_keys(merged_id);
CREATE INDEX merge_keys_document_id ON merge_keys(document_id);

CREATE TABLE merge_copies (
    document_id TEXT COLLATE "C" PRIMARY KEY,
    original_id TEXT COLLATE "C" NOT NULL
);

-- Replaced by merged id, one merged event's words at a time.
CREATE INDEX merged_events_fts_merged_id ON merged_events_fts(merged_id);

-- The distinct shingles (8 words, hashed) each merged document holds between quotation
-- marks (`tidings_merge::quotes`): a new document that holds one may be linked with it.
CREATE TABLE quoted_shingles (
    hash        BIGINT NOT NULL,
    document_id TEXT COLLATE "C" NOT NULL
);

CREATE INDEX quoted_shingles_hash ON quoted_shingles(hash);

DELETE FROM merge_state;
