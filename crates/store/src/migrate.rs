//! Versioned schema migrations.
//!
//! Migration `n` (1-based) takes the schema from version `n - 1` to `n`. Migrations are
//! only ever appended: a released one is never edited, since databases in the field
//! have already applied it. Each exists once per dialect, with the same number, tables
//! and columns (`migrations/NNNN_*.sql` for SQLite, `migrations/postgres/NNNN_*.sql`).
//! SQLite keeps the version in `PRAGMA user_version`, PostgreSQL in the one-row table
//! `tidings_schema`.

use crate::db::{Db, DbError, Dialect};
use crate::{params, Error};

/// The migrations, in order; `MIGRATIONS[i]` brings the schema to version `i + 1`.
const MIGRATIONS: &[&str] = &[
    include_str!("../migrations/0001_init.sql"),
    include_str!("../migrations/0002_merge.sql"),
    include_str!("../migrations/0003_queue.sql"),
    include_str!("../migrations/0004_list_order.sql"),
    include_str!("../migrations/0005_api_tokens.sql"),
    include_str!("../migrations/0006_copy_parents.sql"),
    include_str!("../migrations/0007_incremental_merge.sql"),
    include_str!("../migrations/0008_refresh_steps.sql"),
];

/// The same migrations in PostgreSQL's dialect.
const PG_MIGRATIONS: &[&str] = &[
    include_str!("../migrations/postgres/0001_init.sql"),
    include_str!("../migrations/postgres/0002_merge.sql"),
    include_str!("../migrations/postgres/0003_queue.sql"),
    include_str!("../migrations/postgres/0004_list_order.sql"),
    include_str!("../migrations/postgres/0005_api_tokens.sql"),
    include_str!("../migrations/postgres/0006_copy_parents.sql"),
    include_str!("../migrations/postgres/0007_incremental_merge.sql"),
    include_str!("../migrations/postgres/0008_refresh_steps.sql"),
];

const _: () = assert!(MIGRATIONS.len() == PG_MIGRATIONS.len());

/// The schema version this build writes: the number of migrations it knows.
pub const SCHEMA_VERSION: u32 = MIGRATIONS.len() as u32;

/// Serializes migrations of one PostgreSQL database ("migrate" in ASCII).
const MIGRATE_LOCK: i64 = 0x006d_6967_7261_7465;

pub(crate) fn version(db: &Db) -> Result<u32, DbError> {
    match db.dialect() {
        Dialect::Sqlite => Ok(db.query_one("PRAGMA user_version", &[])?.get::<i64>(0)? as u32),
        Dialect::Postgres => {
            let exists = db.query_one("SELECT to_regclass('tidings_schema') IS NOT NULL", &[])?.get::<bool>(0)?;
            if !exists {
                return Ok(0);
            }
            Ok(db
                .query_opt("SELECT version FROM tidings_schema", &[])?
                .map(|r| r.get::<i64>(0))
                .transpose()?
                .unwrap_or(0) as u32)
        }
    }
}

fn set_version(db: &Db, version: u32) -> Result<(), DbError> {
    match db.dialect() {
        Dialect::Sqlite => db.batch(&format!("PRAGMA user_version = {version}")),
        Dialect::Postgres => {
            db.execute("DELETE FROM tidings_schema", &[])?;
            db.execute("INSERT INTO tidings_schema (version) VALUES (?)", params![i64::from(version)])?;
            Ok(())
        }
    }
}

/// Brings the database to [`SCHEMA_VERSION`], one transaction per migration.
pub(crate) fn migrate(db: &Db) -> Result<(), Error> {
    let too_new = |found| Error::TooNew { found, supported: SCHEMA_VERSION };
    // Fast path without a write lock: an up-to-date database is only read.
    match version(db)? {
        found if found > SCHEMA_VERSION => return Err(too_new(found)),
        SCHEMA_VERSION => return Ok(()),
        _ => {}
    }
    let migrations = match db.dialect() {
        Dialect::Sqlite => MIGRATIONS,
        Dialect::Postgres => PG_MIGRATIONS,
    };
    loop {
        // The version is read again under the write lock, so that two processes opening
        // a fresh database at once apply each migration once.
        let tx = db.begin(true)?;
        if db.dialect() == Dialect::Postgres {
            tx.batch(&format!(
                "SELECT pg_advisory_xact_lock({MIGRATE_LOCK});
                 CREATE TABLE IF NOT EXISTS tidings_schema (version BIGINT NOT NULL)"
            ))?;
        }
        let current = version(&tx)?;
        if current > SCHEMA_VERSION {
            return Err(too_new(current));
        }
        if current == SCHEMA_VERSION {
            return Ok(());
        }
        let version = current + 1;
        let migration_error = |source| Error::Migration { version, source };
        tx.batch(migrations[current as usize]).map_err(migration_error)?;
        set_version(&tx, version).map_err(migration_error)?;
        tx.commit().map_err(migration_error)?;
    }
}
