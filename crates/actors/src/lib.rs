//! tidings-actors.
