//! One connection, SQLite or PostgreSQL, behind the few calls the store makes.
//!
//! Every statement is written once, in the SQL both engines accept (`?` and `?N`
//! placeholders, `ON CONFLICT`, `1=1`); the few places where the dialects differ ask
//! [`Db::dialect`] and are marked so. Values cross the boundary as [`Value`], the four
//! SQLite storage classes; on PostgreSQL a value is converted to whatever type the
//! statement's parameter has (an integer to `int4`, `int8` or `boolean`, …), and read
//! back the same way, so the store's code does not depend on the column types.

use std::cell::RefCell;
use std::collections::HashMap;
use std::error::Error as StdError;

use bytes::BytesMut;
use postgres::types::{FromSql, IsNull, ToSql, Type};

/// The key of the advisory lock every PostgreSQL write transaction takes: the
/// equivalent of SQLite's `BEGIN IMMEDIATE` (one writer at a time). ("tidings" in ASCII.)
pub(crate) const WRITE_LOCK: i64 = 0x0074_6964_696e_6773;

/// Which SQL dialect a connection speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dialect {
    Sqlite,
    Postgres,
}

/// A value bound to or read from a statement.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Value {
    Null,
    Int(i64),
    Real(f64),
    Text(String),
}

/// A failure of either engine, or a value of an unexpected type.
#[derive(Debug, thiserror::Error)]
pub enum DbError {
    #[error(transparent)]
    Sqlite(#[from] rusqlite::Error),
    /// PostgreSQL's message; the driver's error is kept but not shown again as a cause.
    #[error("{}", pg_message(.0))]
    Postgres(postgres::Error),
    #[error("column {column}: expected {expected}, found {found:?}")]
    Type { column: usize, expected: &'static str, found: String },
}

/// PostgreSQL's own message (`ERROR: …`) rather than the driver's bare "db error".
fn pg_message(e: &postgres::Error) -> String {
    match e.as_db_error() {
        Some(db) => format!("{}: {}", db.severity(), db.message()),
        None => e.to_string(),
    }
}

impl From<postgres::Error> for DbError {
    fn from(e: postgres::Error) -> DbError {
        DbError::Postgres(e)
    }
}

impl From<&str> for Value {
    fn from(s: &str) -> Value {
        Value::Text(s.to_string())
    }
}
impl From<String> for Value {
    fn from(s: String) -> Value {
        Value::Text(s)
    }
}
impl From<&String> for Value {
    fn from(s: &String) -> Value {
        Value::Text(s.clone())
    }
}
impl From<i64> for Value {
    fn from(i: i64) -> Value {
        Value::Int(i)
    }
}
impl From<u32> for Value {
    fn from(i: u32) -> Value {
        Value::Int(i.into())
    }
}
impl From<bool> for Value {
    fn from(b: bool) -> Value {
        Value::Int(b.into())
    }
}
impl From<f64> for Value {
    fn from(f: f64) -> Value {
        Value::Real(f)
    }
}
impl<T: Into<Value>> From<Option<T>> for Value {
    fn from(v: Option<T>) -> Value {
        v.map_or(Value::Null, Into::into)
    }
}

/// `[Value::from(a), Value::from(b), …]`.
macro_rules! params {
    ($($v:expr),* $(,)?) => { &[$($crate::db::Value::from($v)),*][..] };
}
pub(crate) use params;

/// A row read back: its values in column order.
#[derive(Debug, Clone)]
pub(crate) struct Row(Vec<Value>);

impl Row {
    pub(crate) fn get<T: FromValue>(&self, i: usize) -> Result<T, DbError> {
        T::from_value(self.0.get(i).unwrap_or(&Value::Null), i)
    }
}

/// Conversion of a read [`Value`] to a Rust type.
pub(crate) trait FromValue: Sized {
    fn from_value(v: &Value, column: usize) -> Result<Self, DbError>;
}

fn wrong(v: &Value, column: usize, expected: &'static str) -> DbError {
    DbError::Type { column, expected, found: format!("{v:?}") }
}

impl FromValue for String {
    fn from_value(v: &Value, column: usize) -> Result<Self, DbError> {
        match v {
            Value::Text(s) => Ok(s.clone()),
            _ => Err(wrong(v, column, "text")),
        }
    }
}
impl FromValue for i64 {
    fn from_value(v: &Value, column: usize) -> Result<Self, DbError> {
        match v {
            Value::Int(i) => Ok(*i),
            _ => Err(wrong(v, column, "integer")),
        }
    }
}
impl FromValue for f64 {
    fn from_value(v: &Value, column: usize) -> Result<Self, DbError> {
        match v {
            Value::Real(f) => Ok(*f),
            Value::Int(i) => Ok(*i as f64),
            _ => Err(wrong(v, column, "real")),
        }
    }
}
impl FromValue for bool {
    fn from_value(v: &Value, column: usize) -> Result<Self, DbError> {
        Ok(i64::from_value(v, column)? != 0)
    }
}
impl<T: FromValue> FromValue for Option<T> {
    fn from_value(v: &Value, column: usize) -> Result<Self, DbError> {
        match v {
            Value::Null => Ok(None),
            v => T::from_value(v, column).map(Some),
        }
    }
}

impl ToSql for Value {
    fn to_sql(&self, ty: &Type, out: &mut BytesMut) -> Result<IsNull, Box<dyn StdError + Sync + Send>> {
        match self {
            Value::Null => Ok(IsNull::Yes),
            Value::Int(i) => match *ty {
                Type::BOOL => (*i != 0).to_sql(ty, out),
                Type::INT2 => i16::try_from(*i)?.to_sql(ty, out),
                Type::INT4 => i32::try_from(*i)?.to_sql(ty, out),
                Type::FLOAT8 => (*i as f64).to_sql(ty, out),
                Type::TEXT | Type::VARCHAR => i.to_string().to_sql(ty, out),
                _ => i.to_sql(ty, out),
            },
            Value::Real(f) => match *ty {
                Type::FLOAT4 => (*f as f32).to_sql(ty, out),
                _ => f.to_sql(ty, out),
            },
            Value::Text(s) => s.as_str().to_sql(ty, out),
        }
    }

    fn accepts(_: &Type) -> bool {
        true
    }

    postgres::types::to_sql_checked!();
}

impl<'a> FromSql<'a> for Value {
    fn from_sql(ty: &Type, raw: &'a [u8]) -> Result<Self, Box<dyn StdError + Sync + Send>> {
        Ok(match *ty {
            Type::BOOL => Value::Int(bool::from_sql(ty, raw)?.into()),
            Type::INT2 => Value::Int(i16::from_sql(ty, raw)?.into()),
            Type::INT4 => Value::Int(i32::from_sql(ty, raw)?.into()),
            Type::INT8 => Value::Int(i64::from_sql(ty, raw)?),
            Type::FLOAT4 => Value::Real(f32::from_sql(ty, raw)?.into()),
            Type::FLOAT8 => Value::Real(f64::from_sql(ty, raw)?),
            _ => Value::Text(String::from_sql(ty, raw)?),
        })
    }

    fn from_sql_null(_: &Type) -> Result<Self, Box<dyn StdError + Sync + Send>> {
        Ok(Value::Null)
    }

    fn accepts(_: &Type) -> bool {
        true
    }
}

/// A PostgreSQL client with its prepared statements, by SQL text.
pub(crate) struct Pg {
    client: RefCell<postgres::Client>,
    statements: RefCell<HashMap<String, postgres::Statement>>,
}

impl std::fmt::Debug for Pg {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Pg")
    }
}

/// An open connection.
#[derive(Debug)]
pub(crate) enum Db {
    Sqlite(rusqlite::Connection),
    Postgres(Box<Pg>),
}

/// `?N` and `?` placeholders as PostgreSQL's `$N` (outside quoted strings).
fn dollar_placeholders(sql: &str) -> String {
    let mut out = String::with_capacity(sql.len() + 8);
    let mut next = 1;
    let mut quoted = false;
    let mut chars = sql.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\'' => {
                quoted = !quoted;
                out.push(c);
            }
            '?' if !quoted => {
                let mut digits = String::new();
                while let Some(d) = chars.peek().filter(|d| d.is_ascii_digit()) {
                    digits.push(*d);
                    chars.next();
                }
                if digits.is_empty() {
                    digits = next.to_string();
                    next += 1;
                }
                out.push('$');
                out.push_str(&digits);
            }
            c => out.push(c),
        }
    }
    out
}

fn sqlite_value(v: &Value) -> rusqlite::types::Value {
    match v {
        Value::Null => rusqlite::types::Value::Null,
        Value::Int(i) => rusqlite::types::Value::Integer(*i),
        Value::Real(f) => rusqlite::types::Value::Real(*f),
        Value::Text(s) => rusqlite::types::Value::Text(s.clone()),
    }
}

fn sqlite_row(row: &rusqlite::Row, n: usize) -> rusqlite::Result<Row> {
    use rusqlite::types::ValueRef;
    let mut values = Vec::with_capacity(n);
    for i in 0..n {
        values.push(match row.get_ref(i)? {
            ValueRef::Null => Value::Null,
            ValueRef::Integer(i) => Value::Int(i),
            ValueRef::Real(f) => Value::Real(f),
            ValueRef::Text(t) | ValueRef::Blob(t) => Value::Text(String::from_utf8_lossy(t).into_owned()),
        });
    }
    Ok(Row(values))
}

impl Db {
    /// Connects to a PostgreSQL server (`postgres://user@host:port/db`).
    pub(crate) fn connect_postgres(url: &str) -> Result<Db, DbError> {
        let client = postgres::Client::connect(url, postgres::NoTls)?;
        Ok(Db::Postgres(Box::new(Pg { client: RefCell::new(client), statements: RefCell::default() })))
    }

    pub(crate) fn dialect(&self) -> Dialect {
        match self {
            Db::Sqlite(_) => Dialect::Sqlite,
            Db::Postgres(_) => Dialect::Postgres,
        }
    }

    fn pg_statement(pg: &Pg, sql: &str) -> Result<postgres::Statement, DbError> {
        if let Some(s) = pg.statements.borrow().get(sql) {
            return Ok(s.clone());
        }
        let statement = pg.client.borrow_mut().prepare(&dollar_placeholders(sql))?;
        pg.statements.borrow_mut().insert(sql.to_string(), statement.clone());
        Ok(statement)
    }

    /// Runs a statement; returns the number of rows changed.
    pub(crate) fn execute(&self, sql: &str, params: &[Value]) -> Result<u64, DbError> {
        match self {
            Db::Sqlite(c) => {
                let mut stmt = c.prepare_cached(sql)?;
                Ok(stmt.execute(rusqlite::params_from_iter(params.iter().map(sqlite_value)))? as u64)
            }
            Db::Postgres(pg) => {
                let stmt = Db::pg_statement(pg, sql)?;
                let refs: Vec<&(dyn ToSql + Sync)> = params.iter().map(|v| v as &(dyn ToSql + Sync)).collect();
                Ok(pg.client.borrow_mut().execute(&stmt, &refs)?)
            }
        }
    }

    /// Inserts `rows` (each `columns.len()` values) into `table`, many rows per
    /// statement; `suffix` follows each statement (`ON CONFLICT DO NOTHING`).
    pub(crate) fn insert_rows(
        &self,
        table: &str,
        columns: &[&str],
        suffix: &str,
        rows: &[Vec<Value>],
    ) -> Result<(), DbError> {
        // Well under both engines' limits on bound parameters (SQLite 32766, PostgreSQL 65535).
        let per_statement = (8000 / columns.len().max(1)).max(1);
        let one = format!("({})", vec!["?"; columns.len()].join(", "));
        for chunk in rows.chunks(per_statement) {
            let sql = format!(
                "INSERT INTO {table} ({}) VALUES {} {suffix}",
                columns.join(", "),
                vec![one.as_str(); chunk.len()].join(", ")
            );
            let values: Vec<Value> = chunk.iter().flatten().cloned().collect();
            match self {
                Db::Sqlite(c) => {
                    c.execute(&sql, rusqlite::params_from_iter(values.iter().map(sqlite_value)))?;
                }
                Db::Postgres(pg) => {
                    let refs: Vec<&(dyn ToSql + Sync)> = values.iter().map(|v| v as &(dyn ToSql + Sync)).collect();
                    let mut client = pg.client.borrow_mut();
                    let statement = client.prepare(&dollar_placeholders(&sql))?;
                    client.execute(&statement, &refs)?;
                }
            }
        }
        Ok(())
    }

    /// Every row a query returns.
    pub(crate) fn query(&self, sql: &str, params: &[Value]) -> Result<Vec<Row>, DbError> {
        match self {
            Db::Sqlite(c) => {
                let mut stmt = c.prepare_cached(sql)?;
                let n = stmt.column_count();
                let rows = stmt
                    .query_map(rusqlite::params_from_iter(params.iter().map(sqlite_value)), |r| sqlite_row(r, n))?
                    .collect::<Result<_, _>>()?;
                Ok(rows)
            }
            Db::Postgres(pg) => {
                let stmt = Db::pg_statement(pg, sql)?;
                let refs: Vec<&(dyn ToSql + Sync)> = params.iter().map(|v| v as &(dyn ToSql + Sync)).collect();
                let rows = pg.client.borrow_mut().query(&stmt, &refs)?;
                rows.iter()
                    .map(|r| (0..r.len()).map(|i| r.try_get::<_, Value>(i)).collect::<Result<Vec<_>, _>>().map(Row))
                    .collect::<Result<_, _>>()
                    .map_err(DbError::from)
            }
        }
    }

    /// The first row of a query, if any.
    pub(crate) fn query_opt(&self, sql: &str, params: &[Value]) -> Result<Option<Row>, DbError> {
        Ok(self.query(sql, params)?.into_iter().next())
    }

    /// The first row of a query that always returns one.
    pub(crate) fn query_one(&self, sql: &str, params: &[Value]) -> Result<Row, DbError> {
        match self.query_opt(sql, params)? {
            Some(row) => Ok(row),
            None => Err(match self {
                Db::Sqlite(_) => DbError::Sqlite(rusqlite::Error::QueryReturnedNoRows),
                Db::Postgres(_) => DbError::Type { column: 0, expected: "a row", found: "none".to_string() },
            }),
        }
    }

    /// Runs several statements without parameters (migrations, transaction control).
    pub(crate) fn batch(&self, sql: &str) -> Result<(), DbError> {
        match self {
            Db::Sqlite(c) => Ok(c.execute_batch(sql)?),
            Db::Postgres(pg) => Ok(pg.client.borrow_mut().batch_execute(sql)?),
        }
    }

    /// Begins a transaction. A `write` transaction excludes every other writer from its
    /// first statement on: SQLite's `BEGIN IMMEDIATE`, PostgreSQL's transaction-level
    /// advisory lock [`WRITE_LOCK`] (released at commit or rollback, also when the
    /// client dies).
    pub(crate) fn begin(&self, write: bool) -> Result<Tx<'_>, DbError> {
        match (self, write) {
            (Db::Sqlite(_), true) => self.batch("BEGIN IMMEDIATE")?,
            (Db::Sqlite(_), false) => self.batch("BEGIN")?,
            (Db::Postgres(_), write) => {
                self.batch("BEGIN")?;
                let tx = Tx { db: self, done: false };
                if write {
                    tx.batch(&format!("SELECT pg_advisory_xact_lock({WRITE_LOCK})"))?;
                }
                return Ok(tx);
            }
        }
        Ok(Tx { db: self, done: false })
    }
}

/// An open transaction; rolled back when dropped uncommitted.
pub(crate) struct Tx<'a> {
    db: &'a Db,
    done: bool,
}

impl Tx<'_> {
    pub(crate) fn commit(mut self) -> Result<(), DbError> {
        self.done = true;
        self.db.batch("COMMIT")
    }
}

impl std::ops::Deref for Tx<'_> {
    type Target = Db;
    fn deref(&self) -> &Db {
        self.db
    }
}

impl Drop for Tx<'_> {
    fn drop(&mut self) {
        if !self.done {
            let _ = self.db.batch("ROLLBACK");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::dollar_placeholders;

    #[test]
    fn placeholders_are_numbered_outside_strings() {
        assert_eq!(dollar_placeholders("a = ? AND c = '?' AND d = ?"), "a = $1 AND c = '?' AND d = $2");
        assert_eq!(dollar_placeholders("?1, ?2, ?1"), "$1, $2, $1");
    }
}
