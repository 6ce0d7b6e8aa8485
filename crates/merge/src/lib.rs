//! Cross-document merging: one record per real event and per real actor.
//!
//! A news feed reports the same event many times, and names the same group many ways.
//! This crate turns the per-document records of a corpus into
//!
//! - near-duplicate fingerprints of documents ([`fingerprint`]: SimHash over word
//!   shingles, confirmed by shingle containment), so that wire copies are linked to
//!   their original instead of being coded again;
//! - actor identities across documents ([`identity`]: name keys, acronyms from the
//!   documents and a compiled-in alias table) and profiles with every fact and its
//!   sources ([`profiles`]);
//! - merged events ([`events`]): compatible reports of one event joined, with every
//!   source's own values and the spread between them; documents that quote one another
//!   ([`quotes`]) tell one story.
//!
//! Everything here is pure and deterministic: no I/O, and results depend on the *set*
//! of inputs, never their order (the tests shuffle them). The store calls it over the
//! whole corpus after an ingest and keeps the results in its merged tables.

pub mod events;
pub mod fingerprint;
pub mod identity;
pub mod profiles;
pub mod quotes;
pub mod when;

pub use events::{merge, MergedEvent, Report};
pub use identity::{resolve, Identities, Identity};
pub use profiles::{profiles, ActorProfile};
