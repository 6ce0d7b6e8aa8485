//! tidings-time.
