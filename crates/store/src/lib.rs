//! tidings-store.
