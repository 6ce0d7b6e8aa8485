//! Parquet export of merged events (feature `parquet`): the columns of
//! [`MERGED_HEADER`](crate::export::MERGED_HEADER), typed (dates and names as UTF-8,
//! coordinates as Float64, precisions and tolls as Int64, `background` as Boolean),
//! compressed with zstd.

use std::io::Write;
use std::sync::Arc;

use anyhow::Result;
use arrow_array::{ArrayRef, BooleanArray, Float64Array, Int64Array, RecordBatch, StringArray};
use arrow_schema::{DataType, Field, Schema};
use parquet::arrow::ArrowWriter;
use parquet::basic::{Compression, ZstdLevel};
use parquet::file::properties::WriterProperties;
use tidings_merge::events::MergedEvent;

use crate::export::{cells, MERGED_HEADER};

/// The Arrow type of each column of [`MERGED_HEADER`].
fn data_type(column: &str) -> DataType {
    match column {
        "latitude" | "longitude" => DataType::Float64,
        "time_precision" | "geo_precision" | "fatalities_low" | "fatalities_best" | "fatalities_high" | "n_sources" => {
            DataType::Int64
        }
        "background" => DataType::Boolean,
        _ => DataType::Utf8,
    }
}

/// The schema of the Parquet export.
pub fn schema() -> Schema {
    Schema::new(
        MERGED_HEADER
            .iter()
            .map(|c| Field::new(*c, data_type(c), !matches!(*c, "event_id" | "event_type" | "background")))
            .collect::<Vec<_>>(),
    )
}

/// Writes `merged` as one Parquet file.
pub fn write(out: &mut dyn Write, merged: &[MergedEvent]) -> Result<()> {
    let rows: Vec<Vec<Option<String>>> = merged.iter().map(cells).collect();
    let schema = Arc::new(schema());
    let columns: Vec<ArrayRef> = MERGED_HEADER
        .iter()
        .enumerate()
        .map(|(i, c)| -> Result<ArrayRef> {
            let values = rows.iter().map(|r| r[i].as_deref());
            Ok(match data_type(c) {
                DataType::Float64 => {
                    Arc::new(values.map(|v| v.map(str::parse::<f64>).transpose()).collect::<Result<Float64Array, _>>()?)
                }
                DataType::Int64 => {
                    Arc::new(values.map(|v| v.map(str::parse::<i64>).transpose()).collect::<Result<Int64Array, _>>()?)
                }
                DataType::Boolean => Arc::new(values.map(|v| v.map(|v| v == "true")).collect::<BooleanArray>()),
                _ => Arc::new(values.collect::<StringArray>()),
            })
        })
        .collect::<Result<_>>()?;
    let batch = RecordBatch::try_new(schema.clone(), columns)?;
    let props = WriterProperties::builder().set_compression(Compression::ZSTD(ZstdLevel::try_new(3)?)).build();
    // ArrowWriter needs an owned `Write + Send`; the file is small, so it is built in memory.
    let mut buffer = Vec::new();
    let mut writer = ArrowWriter::try_new(&mut buffer, schema, Some(props))?;
    writer.write(&batch)?;
    writer.close()?;
    out.write_all(&buffer)?;
    Ok(())
}
