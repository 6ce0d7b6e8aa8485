//! tidings-geo.
