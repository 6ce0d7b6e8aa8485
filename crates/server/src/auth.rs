//! API tokens: created by `tidings token create`, printed once, stored as the SHA-256 of
//! the token in the table `api_tokens` of the database file itself (created here, beside
//! the store's tables, which the store never reads), and checked in constant time.
//!
//! A token is `tdg_` followed by 64 hex digits (32 random bytes from the operating
//! system). Its scope is `read` or `write`; a write token may also read.

use std::path::Path;

use anyhow::{bail, Context, Result};
use rusqlite::{params, Connection};
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

/// What a token allows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Scope {
    Read,
    Write,
}

impl Scope {
    pub fn as_str(self) -> &'static str {
        match self {
            Scope::Read => "read",
            Scope::Write => "write",
        }
    }

    pub fn parse(s: &str) -> Option<Scope> {
        match s {
            "read" => Some(Scope::Read),
            "write" => Some(Scope::Write),
            _ => None,
        }
    }
}

const TABLE: &str = "CREATE TABLE IF NOT EXISTS api_tokens (
    id INTEGER PRIMARY KEY,
    sha256 TEXT NOT NULL UNIQUE,
    scope TEXT NOT NULL CHECK (scope IN ('read', 'write')),
    label TEXT,
    created_at TEXT NOT NULL
)";

fn open(db: &Path) -> Result<Connection> {
    let conn = Connection::open(db).with_context(|| format!("cannot open database {}", db.display()))?;
    conn.busy_timeout(std::time::Duration::from_secs(5))?;
    conn.execute(TABLE, [])?;
    Ok(conn)
}

fn digest(token: &str) -> [u8; 32] {
    Sha256::digest(token.as_bytes()).into()
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Creates a token with `scope` in the database at `db` and returns it (the only time
/// it is ever seen: only its hash is kept).
pub fn create_token(db: &Path, scope: Scope, label: Option<&str>) -> Result<String> {
    if !db.exists() {
        bail!("no database at {} (create one with `tidings ingest`, or pass --db)", db.display());
    }
    let mut secret = [0u8; 32];
    getrandom::fill(&mut secret).map_err(|e| anyhow::anyhow!("no randomness from the operating system: {e}"))?;
    let token = format!("tdg_{}", hex(&secret));
    let conn = open(db)?;
    conn.execute(
        "INSERT INTO api_tokens (sha256, scope, label, created_at) VALUES (?1, ?2, ?3, ?4)",
        params![hex(&digest(&token)), scope.as_str(), label, jiff::Timestamp::now().to_string()],
    )?;
    Ok(token)
}

/// The stored token hashes of one database, read on each check so that tokens created
/// while the server runs work at once.
#[derive(Debug, Clone)]
pub struct Tokens {
    db: std::path::PathBuf,
}

impl Tokens {
    pub fn new(db: &Path) -> Result<Tokens> {
        // Creates the table up front, so a check never races its creation.
        open(db)?;
        Ok(Tokens { db: db.to_path_buf() })
    }

    /// The scope of `token`, if it is known. Every stored hash is compared, each in
    /// constant time, so timing tells nothing about how close a guess came.
    pub fn scope_of(&self, token: &str) -> Result<Option<Scope>> {
        let conn = open(&self.db)?;
        let wanted = digest(token);
        let mut stmt = conn.prepare("SELECT sha256, scope FROM api_tokens")?;
        let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?;
        let mut found = None;
        for row in rows {
            let (hash, scope) = row?;
            let stored = unhex(&hash).unwrap_or_default();
            if stored.len() == 32 && bool::from(stored.ct_eq(&wanted)) {
                found = Scope::parse(&scope);
            }
        }
        Ok(found)
    }
}

fn unhex(s: &str) -> Option<Vec<u8>> {
    (0..s.len()).step_by(2).map(|i| s.get(i..i + 2).and_then(|b| u8::from_str_radix(b, 16).ok())).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_stored_hashed_and_scoped() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("t.db");
        std::fs::write(&db, b"").unwrap();
        let read = create_token(&db, Scope::Read, Some("ci")).unwrap();
        let write = create_token(&db, Scope::Write, None).unwrap();
        assert!(read.starts_with("tdg_") && read.len() == 68);
        assert_ne!(read, write);
        let tokens = Tokens::new(&db).unwrap();
        assert_eq!(tokens.scope_of(&read).unwrap(), Some(Scope::Read));
        assert_eq!(tokens.scope_of(&write).unwrap(), Some(Scope::Write));
        assert_eq!(tokens.scope_of("tdg_00").unwrap(), None);
        // Only the hash is stored.
        let conn = Connection::open(&db).unwrap();
        let stored: Vec<String> = conn
            .prepare("SELECT sha256 FROM api_tokens")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .map(Result::unwrap)
            .collect();
        assert!(!stored.iter().any(|h| h.contains(&read[4..])));
        assert!(stored.contains(&hex(&digest(&read))));
    }
}
