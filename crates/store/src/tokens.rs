//! The table of API token hashes (`api_tokens`, schema version 5) that `tidings serve`
//! checks bearer tokens against. The store keeps hashes only and never sees a token;
//! making tokens and comparing hashes is the server's.

use crate::{params, Error, Store};

impl Store {
    /// Stores the hash of a new token with its scope (`read` or `write`).
    pub fn add_token(&mut self, sha256: &str, scope: &str, label: Option<&str>, created_at: &str) -> Result<(), Error> {
        let tx = self.db.begin(true)?;
        tx.execute(
            "INSERT INTO api_tokens (sha256, scope, label, created_at) VALUES (?1, ?2, ?3, ?4)",
            params![sha256, scope, label, created_at],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// Every stored token hash with its scope, oldest first.
    pub fn token_hashes(&self) -> Result<Vec<(String, String)>, Error> {
        self.db
            .query("SELECT sha256, scope FROM api_tokens ORDER BY id", &[])?
            .iter()
            .map(|r| Ok((r.get(0)?, r.get(1)?)))
            .collect()
    }
}
