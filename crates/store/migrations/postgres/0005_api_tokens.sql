-- Schema version 5 (PostgreSQL): the API tokens of `tidings serve`, as in
-- migrations/0005_api_tokens.sql.

CREATE TABLE api_tokens (
    id         BIGSERIAL PRIMARY KEY,
    sha256     TEXT COLLATE "C" NOT NULL UNIQUE,
    scope      TEXT COLLATE "C" NOT NULL CHECK (scope IN ('read', 'write')),
    label      TEXT,
    created_at TEXT NOT NULL
);
