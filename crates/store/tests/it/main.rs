//! Integration tests of tidings-store, against real SQLite files.

mod insert;
mod migrations;
mod query;
mod support;
