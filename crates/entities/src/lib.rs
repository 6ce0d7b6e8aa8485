//! tidings-entities.
