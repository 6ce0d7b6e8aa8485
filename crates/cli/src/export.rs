//! Export formats of merged events: the CSV, ACLED CSV and GeoJSON writers live in
//! `tidings_server::export` (shared with `GET /api/events`); Parquet is the CLI's own.

use std::io::Write;

use anyhow::Result;
use tidings_merge::events::MergedEvent;
pub use tidings_server::export::*;

/// Merged events as a Parquet file (zstd), columns as [`MERGED_HEADER`].
#[cfg(feature = "parquet")]
pub fn parquet(out: &mut dyn Write, merged: &[MergedEvent]) -> Result<()> {
    crate::parquet::write(out, merged)
}

/// Without the `parquet` feature: a clear error.
#[cfg(not(feature = "parquet"))]
pub fn parquet(_out: &mut dyn Write, _merged: &[MergedEvent]) -> Result<()> {
    anyhow::bail!("this tidings was built without Parquet support (cargo build --features parquet)")
}
