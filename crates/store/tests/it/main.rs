//! Integration tests of tidings-store, against real SQLite files.

mod insert;
mod merged;
mod migrations;
mod query;
mod queue;
mod support;
