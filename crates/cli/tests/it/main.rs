//! Integration tests of the `tidings` binary: the real executable, real SQLite files
//! in temporary folders, and the corpus in `examples/`.

mod bad_input;
mod events;
mod extract;
mod hostile;
mod ingest;
mod merged;
mod parse;

mod scale;
mod server;
mod sources;
mod support;
