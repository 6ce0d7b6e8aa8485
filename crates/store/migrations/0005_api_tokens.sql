-- Schema version 5: the API tokens of `tidings serve` (`tidings token create`).
--
-- Only the SHA-256 of each token is stored (hex); the server compares a presented
-- token's hash with every stored one in constant time. Databases that served before
-- this migration have the table already (the server created it itself).

CREATE TABLE IF NOT EXISTS api_tokens (
    id         INTEGER PRIMARY KEY,
    sha256     TEXT NOT NULL UNIQUE,
    scope      TEXT NOT NULL CHECK (scope IN ('read', 'write')),
    label      TEXT,
    created_at TEXT NOT NULL
);
