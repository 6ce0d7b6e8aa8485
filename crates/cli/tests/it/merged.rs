//! Merged events, actor profiles and the export formats, on the example corpus.

use serde_json::Value;

use crate::support::{examples, tidings_in};

/// ACLED's columns in ACLED's order.
const ACLED: &str = "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,\
    actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,\
    country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,\
    fatalities,tags,timestamp";

/// A temporary folder with the examples ingested into `tidings.db`.
fn ingested() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let corpus = examples();
    let ingest = tidings_in(dir.path(), &["ingest", corpus.to_str().unwrap()], b"");
    assert_eq!(ingest.code, 0, "{}", ingest.stderr);
    dir
}

fn merged_json(dir: &std::path::Path, extra: &[&str]) -> Vec<Value> {
    let mut args = vec!["events", "--format", "json"];
    args.extend(extra);
    let run = tidings_in(dir, &args, b"");
    assert_eq!(run.code, 0, "{}", run.stderr);
    serde_json::from_str(&run.stdout).unwrap()
}

#[test]
fn acled_csv_loads_in_pythons_csv_module_with_acleds_headers() {
    let dir = ingested();
    let run = tidings_in(dir.path(), &["events", "--format", "acled-csv", "--output", "acled.csv"], b"");
    assert_eq!(run.code, 0, "{}", run.stderr);
    let written = std::fs::read_to_string(dir.path().join("acled.csv")).unwrap();
    let expected_header: String = ACLED.split(',').map(str::trim).collect::<Vec<_>>().join(",");
    assert_eq!(written.lines().next().unwrap(), expected_header);
    let events = merged_json(dir.path(), &[]);

    let check = format!(
        "import csv, sys\n\
         rows = list(csv.DictReader(open('acled.csv', newline='', encoding='utf-8')))\n\
         header = next(csv.reader(open('acled.csv', newline='', encoding='utf-8')))\n\
         assert header == {:?}.split(','), header\n\
         assert all(r['event_type'] and r['event_id_cnty'] for r in rows)\n\
         assert all(r['fatalities'] == '' or int(r['fatalities']) >= 0 for r in rows)\n\
         assert all(r['latitude'] == '' or -90 <= float(r['latitude']) <= 90 for r in rows)\n\
         print(len(rows))\n",
        expected_header
    );
    match std::process::Command::new("python3").arg("-c").arg(&check).current_dir(dir.path()).output() {
        Ok(out) => {
            assert!(out.status.success(), "python3: {}", String::from_utf8_lossy(&out.stderr));
            let rows: usize = String::from_utf8_lossy(&out.stdout).trim().parse().unwrap();
            assert_eq!(rows, events.len());
        }
        Err(e) => eprintln!("skipped the Python check of acled.csv: python3 cannot run ({e})"),
    }
}

#[test]
fn geojson_is_a_valid_feature_collection() {
    let dir = ingested();
    let run = tidings_in(dir.path(), &["events", "--format", "geojson"], b"");
    assert_eq!(run.code, 0, "{}", run.stderr);
    let doc: Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(doc["type"], "FeatureCollection");
    let features = doc["features"].as_array().unwrap();
    assert_eq!(features.len(), merged_json(dir.path(), &[]).len());
    let mut points = 0;
    for f in features {
        assert_eq!(f["type"], "Feature");
        assert!(f["properties"].is_object());
        assert!(f["id"].is_string());
        match &f["geometry"] {
            Value::Null => {}
            g => {
                assert_eq!(g["type"], "Point");
                let c = g["coordinates"].as_array().unwrap();
                assert_eq!(c.len(), 2, "[longitude, latitude]");
                let (lon, lat) = (c[0].as_f64().unwrap(), c[1].as_f64().unwrap());
                assert!((-180.0..=180.0).contains(&lon) && (-90.0..=90.0).contains(&lat), "{g}");
                points += 1;
            }
        }
    }
    assert!(points > 0);
}

#[cfg(feature = "parquet")]
#[test]
fn parquet_reads_back_the_same_rows() {
    use arrow_array::{Array, Int64Array, StringArray};
    use parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder;

    let dir = ingested();
    let run = tidings_in(dir.path(), &["events", "--format", "parquet", "-o", "events.parquet"], b"");
    assert_eq!(run.code, 0, "{}", run.stderr);
    let events = merged_json(dir.path(), &[]);
    let file = std::fs::File::open(dir.path().join("events.parquet")).unwrap();
    let reader = ParquetRecordBatchReaderBuilder::try_new(file).unwrap().build().unwrap();
    let (mut ids, mut best) = (Vec::new(), Vec::new());
    for batch in reader {
        let batch = batch.unwrap();
        let id = batch.column_by_name("event_id").unwrap().as_any().downcast_ref::<StringArray>().unwrap();
        let f = batch.column_by_name("fatalities_best").unwrap().as_any().downcast_ref::<Int64Array>().unwrap();
        for i in 0..batch.num_rows() {
            ids.push(id.value(i).to_string());
            best.push((!f.is_null(i)).then(|| f.value(i)));
        }
    }
    let want_ids: Vec<String> = events.iter().map(|e| e["id"].as_str().unwrap().to_string()).collect();
    let want_best: Vec<Option<i64>> = events.iter().map(|e| e["fatalities"]["best"].as_i64()).collect();
    assert_eq!(ids, want_ids);
    assert_eq!(best, want_best);
}

#[test]
fn merged_events_list_their_sources_and_filters_apply() {
    let dir = ingested();
    let merged = merged_json(dir.path(), &[]);
    let raw: Vec<Value> = {
        let run = tidings_in(dir.path(), &["events", "--unmerged", "--format", "json"], b"");
        serde_json::from_str(&run.stdout).unwrap()
    };
    let sources: usize = merged.iter().map(|m| m["sources"].as_array().unwrap().len()).sum();
    assert_eq!(sources, raw.len(), "every per-document event is in exactly one merged event");
    for m in &merged {
        assert!(!m["documents"].as_array().unwrap().is_empty());
    }
    let isk = merged_json(dir.path(), &["--actor", "ISKP"]);
    assert!(!isk.is_empty(), "events of IS-K found by another of its names");
    let near = merged_json(dir.path(), &["--near", "54.5,36.3,100"]);
    assert!(!near.is_empty() && near.iter().all(|m| m["location"]["country"] == "RU"), "{near:?}");
    // A country-level location (at the capital's point) is near nothing, even its capital.
    let all = merged_json(dir.path(), &[]);
    let countrywide = all.iter().find(|m| m["location"]["precision"] == 4).expect("a country-level event");
    let (lat, lon) =
        (countrywide["location"]["lat"].as_f64().unwrap(), countrywide["location"]["lon"].as_f64().unwrap());
    let at_capital = merged_json(dir.path(), &["--near", &format!("{lat},{lon},1")]);
    assert!(at_capital.iter().all(|m| m["location"]["precision"].as_u64() < Some(4)), "{at_capital:?}");
    let text = merged_json(dir.path(), &["--q", "synagogue"]);
    assert!(!text.is_empty());
    let bad = tidings_in(dir.path(), &["events", "--unmerged", "--format", "geojson"], b"");
    assert_eq!(bad.code, 2);
    let bad_near = tidings_in(dir.path(), &["events", "--near", "95,0,1"], b"");
    assert_eq!(bad_near.code, 2);
}

#[test]
fn the_isk_profile_has_aliases_leaders_with_fates_and_enemies() {
    let dir = ingested();
    let run = tidings_in(dir.path(), &["actors", "ISIS-K"], b"");
    assert_eq!(run.code, 0, "{}", run.stderr);
    for want in
        ["Islamic State Khorasan Province", "IS-K", "leaders:", "Hafiz Saeed Khan", "killed by", "enemies:", "Taliban"]
    {
        assert!(run.stdout.contains(want), "{want:?} missing from:\n{}", run.stdout);
    }
    let json = tidings_in(dir.path(), &["actors", "IS-K", "--format", "json"], b"");
    let profile: Value = serde_json::from_str(&json.stdout).unwrap();
    assert!(profile["leaders"].as_array().unwrap().iter().all(|l| !l["sources"].as_array().unwrap().is_empty()));
    let missing = tidings_in(dir.path(), &["actors", "Nobody At All"], b"");
    assert_eq!(missing.code, 2);
    let list = tidings_in(dir.path(), &["actors"], b"");
    assert!(list.stdout.starts_with("DOCS"), "{}", list.stdout);
}
