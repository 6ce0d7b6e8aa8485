//! API tokens: created by `tidings token create`, printed once, stored as the SHA-256 of
//! the token in the table `api_tokens` of the database itself (SQLite or PostgreSQL,
//! through [`Store::add_token`]), and checked in constant time.
//!
//! A token is `tdg_` followed by 64 hex digits (32 random bytes from the operating
//! system). Its scope is `read` or `write`; a write token may also read.

use std::ffi::OsStr;

use anyhow::{bail, Result};
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;
use tidings_store::Store;

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

/// Opens the database `db` names (a SQLite path or `sqlite:` URL, or a `postgres://`
/// URL), which must exist.
pub fn open_existing(db: &str) -> Result<Store> {
    if !tidings_store::is_postgres_url(db) {
        let path = db.strip_prefix("sqlite://").or_else(|| db.strip_prefix("sqlite:")).unwrap_or(db);
        // Opening would create an empty database: a mistyped path should say so instead.
        if !std::path::Path::new(path).exists() {
            bail!("no database at {path} (create one with `tidings ingest`, or pass --db)");
        }
    }
    Ok(Store::open_url(db)?)
}

fn digest(token: &str) -> [u8; 32] {
    Sha256::digest(token.as_bytes()).into()
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Creates a token with `scope` in the database `db` names (a path or URL) and
/// returns it (the only time it is ever seen: only its hash is kept).
pub fn create_token(db: impl AsRef<OsStr>, scope: Scope, label: Option<&str>) -> Result<String> {
    let mut store = open_existing(&db.as_ref().to_string_lossy())?;
    let mut secret = [0u8; 32];
    getrandom::fill(&mut secret).map_err(|e| anyhow::anyhow!("no randomness from the operating system: {e}"))?;
    let token = format!("tdg_{}", hex(&secret));
    store.add_token(&hex(&digest(&token)), scope.as_str(), label, &jiff::Timestamp::now().to_string())?;
    Ok(token)
}

/// The scope of `token` among the stored `(hash, scope)` pairs, if it is known. Every
/// stored hash is compared, each in constant time, so timing tells nothing about how
/// close a guess came. The hashes are read on each check, so tokens created while the
/// server runs work at once.
pub fn scope_of(token: &str, stored: &[(String, String)]) -> Option<Scope> {
    let wanted = digest(token);
    let mut found = None;
    for (hash, scope) in stored {
        let stored = unhex(hash).unwrap_or_default();
        if stored.len() == 32 && bool::from(stored.ct_eq(&wanted)) {
            found = Scope::parse(scope);
        }
    }
    found
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
        let stored = Store::open(&db).unwrap().token_hashes().unwrap();
        assert_eq!(scope_of(&read, &stored), Some(Scope::Read));
        assert_eq!(scope_of(&write, &stored), Some(Scope::Write));
        assert_eq!(scope_of("tdg_00", &stored), None);
        // Only the hash is stored.
        assert!(!stored.iter().any(|(h, _)| h.contains(&read[4..])));
        assert!(stored.iter().any(|(h, _)| *h == hex(&digest(&read))));
        // A database that is not there is not created.
        assert!(create_token(dir.path().join("missing.db"), Scope::Read, None).is_err());
        assert!(!dir.path().join("missing.db").exists());
    }
}
