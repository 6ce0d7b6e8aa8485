//! Versioned schema migrations, tracked in `PRAGMA user_version`.
//!
//! Migration `n` (1-based) takes the schema from version `n - 1` to `n`. Migrations are
//! only ever appended: a released one is never edited, since databases in the field
//! have already applied it.

use rusqlite::{Connection, TransactionBehavior};

use crate::Error;

/// The migrations, in order; `MIGRATIONS[i]` brings the schema to version `i + 1`.
const MIGRATIONS: &[&str] =
    &[include_str!("../migrations/0001_init.sql"), include_str!("../migrations/0002_merge.sql")];

/// The schema version this build writes: the number of migrations it knows.
pub const SCHEMA_VERSION: u32 = MIGRATIONS.len() as u32;

pub(crate) fn user_version(conn: &Connection) -> rusqlite::Result<u32> {
    conn.pragma_query_value(None, "user_version", |row| row.get(0))
}

/// Brings the database to [`SCHEMA_VERSION`], one transaction per migration.
pub(crate) fn migrate(conn: &mut Connection) -> Result<(), Error> {
    let too_new = |found| Error::TooNew { found, supported: SCHEMA_VERSION };
    // Fast path without a write lock: an up-to-date database is only read.
    match user_version(conn)? {
        found if found > SCHEMA_VERSION => return Err(too_new(found)),
        SCHEMA_VERSION => return Ok(()),
        _ => {}
    }
    loop {
        // The version is read again under the write lock, so that two processes opening
        // a fresh database at once apply each migration once.
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let current = user_version(&tx)?;
        if current > SCHEMA_VERSION {
            return Err(too_new(current));
        }
        if current == SCHEMA_VERSION {
            return Ok(());
        }
        let version = current + 1;
        let migration_error = |source| Error::Migration { version, source };
        tx.execute_batch(MIGRATIONS[current as usize]).map_err(migration_error)?;
        tx.pragma_update(None, "user_version", version).map_err(migration_error)?;
        tx.commit().map_err(migration_error)?;
    }
}
