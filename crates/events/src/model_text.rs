//! The text form of the events model (`data/events.model.gz`, written by
//! `learned::Model::write`), read into plain maps. Standard library only, so the build
//! script (`build.rs`) reads the file with this same code.

use std::collections::BTreeMap;

/// One classifier's weights: feature hash → (label, weight), keys ascending.
pub type Rows = BTreeMap<u64, Vec<(u16, f32)>>;

/// The parts of a model file: its `labels` and `plover` lines as written, and each
/// classifier by name in file order.
pub struct ModelText {
    pub labels_line: String,
    pub plover_line: String,
    pub classifiers: Vec<(String, Rows)>,
}

/// Reads a model file's text; `None` when it is not one. A later line of one key
/// replaces an earlier one.
pub fn parse(text: &str) -> Option<ModelText> {
    let mut lines = text.lines();
    if lines.next()? != "tidings-events-model 1" {
        return None;
    }
    let labels_line = lines.next()?.strip_prefix("labels\t")?.to_string();
    let plover_line = lines.next()?.strip_prefix("plover\t")?.to_string();
    let mut classifiers: Vec<(String, Rows)> = Vec::new();
    for line in lines {
        if let Some(rest) = line.strip_prefix("model\t") {
            classifiers.push((rest.split('\t').next()?.to_string(), BTreeMap::new()));
            continue;
        }
        let (key, ws) = line.split_once('\t')?;
        let key = u64::from_str_radix(key, 16).ok()?;
        let ws = ws
            .split(' ')
            .map(|p| {
                let (l, v) = p.split_once(':')?;
                Some((l.parse().ok()?, v.parse().ok()?))
            })
            .collect::<Option<Vec<(u16, f32)>>>()?;
        classifiers.last_mut()?.1.insert(key, ws);
    }
    Some(ModelText { labels_line, plover_line, classifiers })
}
