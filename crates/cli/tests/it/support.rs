//! Running the binary and checking its output.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use serde_json::Value;

/// The repository's `examples/` folder.
pub fn examples() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples")
}

/// What one run of `tidings` did.
#[derive(Debug)]
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

/// Runs `tidings args…` in `dir` with `stdin` as standard input.
pub fn tidings_in(dir: &Path, args: &[&str], stdin: &[u8]) -> Run {
    let mut child = Command::new(env!("CARGO_BIN_EXE_tidings"))
        .args(args)
        .current_dir(dir)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run tidings");
    child.stdin.take().unwrap().write_all(stdin).expect("write stdin");
    let out = child.wait_with_output().expect("wait for tidings");
    Run {
        code: out.status.code().expect("exit code"),
        stdout: String::from_utf8(out.stdout).expect("stdout is UTF-8"),
        stderr: String::from_utf8(out.stderr).expect("stderr is UTF-8"),
    }
}

/// Runs `tidings args…` in the repository root.
pub fn tidings(args: &[&str]) -> Run {
    tidings_in(&examples().join(".."), args, b"")
}

/// Checks that every span of an extraction points at its text: any object with
/// integer `start` and `end` and a string `text` is a span into `document.text`.
/// Returns how many spans were checked.
pub fn assert_spans_align(extraction: &Value) -> usize {
    let text = extraction["document"]["text"].as_str().expect("document.text");
    let id = extraction["document"]["id"].as_str().unwrap_or("?");
    let mut checked = 0;
    walk(extraction, &mut |span| {
        let (start, end, expected) = (
            span["start"].as_u64().unwrap() as usize,
            span["end"].as_u64().unwrap() as usize,
            span["text"].as_str().unwrap(),
        );
        assert!(start <= end, "{id}: span {span} is reversed");
        assert_eq!(text.get(start..end), Some(expected), "{id}: span {span} does not match the text");
        checked += 1;
    });
    checked
}

fn walk(value: &Value, on_span: &mut impl FnMut(&Value)) {
    match value {
        Value::Object(map) => {
            if map.get("start").is_some_and(Value::is_u64)
                && map.get("end").is_some_and(Value::is_u64)
                && map.get("text").is_some_and(Value::is_string)
            {
                on_span(value);
            }
            map.values().for_each(|v| walk(v, on_span));
        }
        Value::Array(items) => items.iter().for_each(|v| walk(v, on_span)),
        _ => {}
    }
}

/// Copies the files of `from` (not recursively) into `to`.
pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        if entry.file_type().unwrap().is_file() {
            std::fs::copy(entry.path(), to.join(entry.file_name())).unwrap();
        }
    }
}

/// The ids of `news.jsonl`, in file order.
pub fn news_ids() -> Vec<String> {
    std::fs::read_to_string(examples().join("news.jsonl"))
        .unwrap()
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let v: Value = serde_json::from_str(l).unwrap();
            v["id"].as_str().unwrap().to_string()
        })
        .collect()
}
