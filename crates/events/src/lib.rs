//! tidings-events.
