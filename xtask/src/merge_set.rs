//! `cargo xtask build-merge-set`: the documents of the cross-document merging gold set
//! (`eval/merge/documents.jsonl`; the expected grouping is hand-written in
//! `eval/merge/groups.jsonl`, see `eval/merge/README.md`).
//!
//! The set is, in this order:
//!
//! 1. the 40 WikiEvents dev + test articles (MIT), one sentence unit per line;
//!    publication dates only where the document id encodes them (VOA ids);
//! 2. the project's reference article, `examples/fsb-kaluga-isk.txt` with its metadata;
//! 3. the hand-written IS-K stories of `eval/merge/stories.jsonl`;
//! 4. derived copies (ids `<original>--copy-<kind>`): re-publications made by the fixed
//!    edits in [`COPIES`] (a dateline, an agency footer, a dropped last paragraph), as
//!    wire services and aggregators do, to test near-duplicate linking.

use std::path::Path;

use anyhow::{Context, Result};
use serde_json::{json, Value};

use crate::read_text;

/// `(original id, copy kind, dateline prefix, dropped last lines, footer)`.
const COPIES: [(&str, &str, &str, usize, &str); 6] = [
    (
        "wikievents-scenario_en_kairos_60",
        "wire",
        "LYON, France (Wire) - ",
        0,
        "(c) 2019 Wire Service. All rights reserved.",
    ),
    ("wikievents-suicide_ied_100", "reprint", "", 1, ""),
    ("wikievents-road_ied_12", "agency", "KANDAHAR (Agency) - ", 0, "Follow our coverage of Afghanistan."),
    ("wikievents-k0c041o37", "syndicated", "", 0, "This article is republished with permission."),
    ("isk-dod-2016-08-12-khan", "wire", "WASHINGTON (Wire) - ", 0, "Reporting by the Washington desk."),
    ("isk-centcom-2021-08-27-airport", "reprint", "", 1, "Editing by the night desk."),
];

pub fn build(data: &Path, root: &Path) -> Result<()> {
    let mut docs: Vec<Value> = Vec::new();
    for split in ["dev", "test"] {
        let path = data.join(format!("wikievents/{split}.jsonl.gz"));
        for line in read_text(&path)?.lines().filter(|l| !l.trim().is_empty()) {
            let d: Value = serde_json::from_str(line).with_context(|| format!("{}", path.display()))?;
            let doc_id = d["doc_id"].as_str().context("doc_id")?;
            let sentences: Vec<&str> =
                d["sentences"].as_array().context("sentences")?.iter().filter_map(|s| s[1].as_str()).collect();
            let voa = doc_id.contains("_VOA_");
            docs.push(json!({
                "id": format!("wikievents-{}", doc_id.to_lowercase()),
                "url": null,
                "title": null,
                "source": if voa { json!("Voice of America") } else { Value::Null },
                "published": if voa { voa_date(doc_id).map_or(Value::Null, Value::from) } else { Value::Null },
                "license": "MIT (WikiEvents dataset)",
                "text": sentences.join("\n"),
            }));
        }
    }
    let examples = root.join("examples");
    let meta: Value = serde_json::from_str(&read_text(&examples.join("fsb-kaluga-isk.meta.json"))?)?;
    docs.push(json!({
        "id": meta["id"],
        "url": meta["url"],
        "title": meta["title"],
        "source": meta["source"],
        "published": meta["published"],
        "license": meta["license"],
        "text": read_text(&examples.join("fsb-kaluga-isk.txt"))?,
    }));
    let stories = root.join("eval/merge/stories.jsonl");
    for line in read_text(&stories)?.lines().filter(|l| !l.trim().is_empty()) {
        docs.push(serde_json::from_str(line).with_context(|| format!("{}", stories.display()))?);
    }
    for (original, kind, dateline, dropped, footer) in COPIES {
        let doc = docs.iter().find(|d| d["id"] == original).with_context(|| format!("no document {original}"))?;
        let text = doc["text"].as_str().context("text")?;
        let lines: Vec<&str> = text.lines().collect();
        let mut body = lines[..lines.len() - dropped].join("\n");
        body.insert_str(0, dateline);
        if !footer.is_empty() {
            body.push('\n');
            body.push_str(footer);
        }
        let mut copy = doc.clone();
        copy["id"] = json!(format!("{original}--copy-{kind}"));
        copy["text"] = json!(body);
        // A re-publication appears a day after its original.
        copy["published"] = doc["published"].as_str().map_or(Value::Null, |p| json!(next_day(p)));
        docs.push(copy);
    }
    let out = root.join("eval/merge/documents.jsonl");
    let mut text = String::new();
    for d in &docs {
        text.push_str(&serde_json::to_string(d)?);
        text.push('\n');
    }
    std::fs::write(&out, text).with_context(|| format!("writing {}", out.display()))?;
    eprintln!("wrote {} documents to {}", docs.len(), out.display());
    Ok(())
}

/// `2014-06-04` from `32_VOA_EN_NW_2014.06.04.1929720`.
fn voa_date(doc_id: &str) -> Option<String> {
    let date = doc_id.split('_').nth(4)?;
    let parts: Vec<&str> = date.split('.').collect();
    (parts.len() >= 3).then(|| format!("{}-{}-{}", parts[0], parts[1], parts[2]))
}

/// The day after `YYYY-MM-DD` (months of 28–31 days; enough for the fixed copies).
fn next_day(day: &str) -> String {
    let p: Vec<u32> = day.split('-').filter_map(|x| x.parse().ok()).collect();
    let (y, m, d) = (p[0], p[1], p[2]);
    let leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
    let len = match m {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    };
    match (d < len, m < 12) {
        (true, _) => format!("{y:04}-{m:02}-{:02}", d + 1),
        (false, true) => format!("{y:04}-{:02}-01", m + 1),
        (false, false) => format!("{:04}-01-01", y + 1),
    }
}
