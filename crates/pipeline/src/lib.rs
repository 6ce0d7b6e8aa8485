//! tidings-pipeline.
