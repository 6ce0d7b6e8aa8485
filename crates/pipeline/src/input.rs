//! Reading inputs: files, folders, JSON Lines feeds and standard input, turned into
//! [`Input`] documents one [`Item`] at a time.
//!
//! The CLI's `extract` and `ingest` both read through [`read`], so every way of giving
//! documents behaves the same everywhere:
//!
//! - A **folder** is walked recursively in path order. Files ending in `.txt`,
//!   `.jsonl` and `.json` are read; `*.meta.json` sidecars, hidden entries (`.git`)
//!   and every other extension are skipped. Symbolic links to files are followed,
//!   links to folders are not (no cycles).
//! - A **`.txt` file** (or a file with any other extension named explicitly) is one
//!   document. Its id is the file stem; `<stem>.meta.json` next to it, if present,
//!   gives `id`, `url`, `title`, `source`, `published`, `license` and `language`.
//! - A **`.jsonl` file** holds one document per non-empty line, an object with the
//!   fields of [`Input`] (`text` required). Lines are streamed, so a feed may be of
//!   any length; each line is limited to [`Options::max_bytes`].
//! - A **`.json` file** holds one such object or an array of them.
//! - **`-`** is standard input: JSON Lines when every non-empty line is a JSON object
//!   with a `text` string, one text document otherwise.
//!
//! Bad input never stops the batch. Each problem (unreadable file, not UTF-8, empty,
//! too large, bad JSON, missing `text`) is an [`InputError`] naming the item —
//! `news.jsonl:3`, `feed.json[2]`, `notes.txt` — and the items after it go on.
//! Whole-file size limits are checked against the file's metadata before reading,
//! so a huge file is refused without being loaded.

use std::collections::VecDeque;
use std::fmt;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::Input;

/// The default limit on one document (a text file, a JSON file, a JSONL line,
/// standard input): 32 MiB. News reports are a few KiB; anything this large is
/// almost certainly not one.
pub const MAX_BYTES: u64 = 32 * 1024 * 1024;

/// How inputs are read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    /// Largest document accepted, in bytes (see [`MAX_BYTES`]).
    pub max_bytes: u64,
    /// Publication date for documents that give none.
    pub published: Option<String>,
    /// Source (outlet) for documents that give none.
    pub source: Option<String>,
}

impl Default for Options {
    fn default() -> Options {
        Options { max_bytes: MAX_BYTES, published: None, source: None }
    }
}

/// One document read, or the reason it could not be.
#[derive(Debug)]
pub struct Item {
    /// Where the document came from: `report.txt`, `news.jsonl:3`, `feed.json[0]`,
    /// `<stdin>`, `<stdin>:2`.
    pub origin: String,
    pub result: Result<Input, InputError>,
}

/// Why an item could not be read; its `Display` is one line starting with the item.
#[derive(Debug)]
pub struct InputError {
    /// The item, as in [`Item::origin`].
    pub origin: String,
    pub kind: ErrorKind,
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.origin, self.kind)
    }
}

/// The cause is part of the one-line message, so there is no `source`.
impl std::error::Error for InputError {}

/// The kinds of bad input.
#[derive(Debug, thiserror::Error)]
pub enum ErrorKind {
    /// The file or folder could not be opened or read.
    #[error("cannot read: {0}")]
    Unreadable(io::Error),
    /// The bytes are not UTF-8; `offset` is the first bad byte, counted from the start
    /// of the file (or standard input).
    #[error("not UTF-8: invalid byte at offset {offset}{hint}", hint = utf16_hint(*.utf16))]
    NotUtf8 { offset: u64, utf16: bool },
    /// Nothing but whitespace.
    #[error("empty document")]
    Empty,
    /// Over [`Options::max_bytes`]; `size` is known when the file's metadata gave it.
    #[error("too large: {} (the limit is {})", size_text(*.size), human(*.limit))]
    TooLarge { size: Option<u64>, limit: u64 },
    /// Not JSON, or JSON that is not an object.
    #[error("invalid JSON: {0}")]
    Json(String),
    /// A JSON document without a `text` string.
    #[error("missing \"text\" (a string)")]
    MissingText,
    /// A JSON document with unknown or mistyped fields.
    #[error("invalid document: {0}")]
    Fields(String),
    /// The `<stem>.meta.json` sidecar of a text file is unreadable or invalid.
    #[error("sidecar {}: {message}", path.display())]
    Sidecar { path: PathBuf, message: String },
}

fn utf16_hint(utf16: bool) -> &'static str {
    if utf16 {
        " (the file starts with a UTF-16 byte-order mark; convert it to UTF-8)"
    } else {
        ""
    }
}

fn size_text(size: Option<u64>) -> String {
    match size {
        Some(size) => human(size),
        None => "more than the limit".to_string(),
    }
}

/// `33554432` → `32 MiB`, `52428800` → `50.0 MiB`, `900` → `900 bytes`.
fn human(bytes: u64) -> String {
    const MIB: u64 = 1024 * 1024;
    if bytes >= MIB {
        if bytes & (MIB - 1) == 0 {
            format!("{} MiB", bytes / MIB)
        } else {
            format!("{:.1} MiB", bytes as f64 / MIB as f64)
        }
    } else if bytes >= 1024 {
        format!("{:.1} KiB", bytes as f64 / 1024.0)
    } else {
        format!("{bytes} bytes")
    }
}

/// Reads the documents named by `args` (files, folders, `-` for standard input), in
/// order. Nothing is read until the iterator is advanced.
pub fn read(args: &[PathBuf], options: &Options) -> Items {
    Items { options: options.clone(), args: args.iter().cloned().collect(), sources: VecDeque::new(), current: None }
}

/// The documents of [`read`], one [`Item`] at a time.
pub struct Items {
    options: Options,
    args: VecDeque<PathBuf>,
    sources: VecDeque<Source>,
    current: Option<Current>,
}

/// Something to read, once folders are expanded.
enum Source {
    Stdin,
    File {
        path: PathBuf,
        format: Format,
    },
    /// A folder that could not be walked.
    Failed {
        origin: String,
        kind: ErrorKind,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    Text,
    JsonLines,
    Json,
}

impl Format {
    /// The format of a file named on the command line: by extension, else text.
    fn of_named(path: &Path) -> Format {
        let ext = path.extension().and_then(|e| e.to_str());
        match ext.map(str::to_ascii_lowercase).as_deref() {
            Some("jsonl") => Format::JsonLines,
            Some("json") => Format::Json,
            _ => Format::Text,
        }
    }

    /// The format of a file found in a folder walk; `None` to skip it.
    fn of_walked(path: &Path) -> Option<Format> {
        let name = path.file_name()?.to_str()?.to_ascii_lowercase();
        match Format::of_named(path) {
            Format::Json if name.ends_with(".meta.json") => None,
            Format::Text if !name.ends_with(".txt") => None,
            format => Some(format),
        }
    }
}

/// A source being read.
enum Current {
    Lines(Lines),
    Queue(VecDeque<Item>),
}

impl Iterator for Items {
    type Item = Item;

    fn next(&mut self) -> Option<Item> {
        loop {
            match &mut self.current {
                Some(Current::Lines(lines)) => match lines.next_item(&self.options) {
                    Some(item) => return Some(item),
                    None => self.current = None,
                },
                Some(Current::Queue(queue)) => match queue.pop_front() {
                    Some(item) => return Some(item),
                    None => self.current = None,
                },
                None => {}
            }
            if let Some(source) = self.sources.pop_front() {
                self.current = Some(self.open(source));
                continue;
            }
            let arg = self.args.pop_front()?;
            self.sources = expand(&arg);
        }
    }
}

impl Items {
    fn open(&self, source: Source) -> Current {
        let options = &self.options;
        match source {
            Source::Failed { origin, kind } => Current::Queue([item(origin, Err(kind))].into()),
            Source::Stdin => Current::Queue(read_stdin(io::stdin().lock(), options)),
            Source::File { path, format } => {
                let origin = path.display().to_string();
                match format {
                    Format::Text => {
                        let result = read_text_file(&path, options);
                        Current::Queue([item(origin, result)].into())
                    }
                    Format::Json => Current::Queue(read_json_file(&path, origin, options)),
                    Format::JsonLines => match File::open(&path) {
                        Ok(file) => Current::Lines(Lines::new(origin, Box::new(BufReader::new(file)))),
                        Err(e) => Current::Queue([item(origin, Err(ErrorKind::Unreadable(e)))].into()),
                    },
                }
            }
        }
    }
}

fn item(origin: String, result: Result<Input, ErrorKind>) -> Item {
    Item { result: result.map_err(|kind| InputError { origin: origin.clone(), kind }), origin }
}

/// The sources named by one command-line argument.
fn expand(arg: &Path) -> VecDeque<Source> {
    if arg.as_os_str() == "-" {
        return [Source::Stdin].into();
    }
    match std::fs::metadata(arg) {
        Ok(meta) if meta.is_dir() => {
            let mut files = Vec::new();
            let mut failed = Vec::new();
            walk(arg, &mut files, &mut failed);
            files.sort();
            let mut out: VecDeque<Source> = failed.into();
            out.extend(
                files
                    .into_iter()
                    .filter_map(|path| Format::of_walked(&path).map(|format| Source::File { path, format })),
            );
            out
        }
        // A missing or unreadable file fails when it is opened, with the same message.
        _ => [Source::File { path: arg.to_path_buf(), format: Format::of_named(arg) }].into(),
    }
}

/// Collects the files under `dir`, skipping hidden entries and links to folders.
fn walk(dir: &Path, files: &mut Vec<PathBuf>, failed: &mut Vec<Source>) {
    let fail = |failed: &mut Vec<Source>, e| {
        failed.push(Source::Failed { origin: dir.display().to_string(), kind: ErrorKind::Unreadable(e) })
    };
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => return fail(failed, e),
    };
    for entry in entries {
        let entry = match entry {
            Ok(entry) => entry,
            Err(e) => {
                fail(failed, e);
                continue;
            }
        };
        if entry.file_name().to_string_lossy().starts_with('.') {
            continue;
        }
        let path = entry.path();
        match entry.file_type() {
            Ok(t) if t.is_dir() => walk(&path, files, failed),
            Ok(t) if t.is_symlink() => {
                if std::fs::metadata(&path).is_ok_and(|m| m.is_file()) {
                    files.push(path);
                }
            }
            Ok(_) => files.push(path),
            Err(e) => fail(failed, e),
        }
    }
}

/// Reads a whole file, refusing it by its metadata when it is over the limit.
fn read_limited(path: &Path, limit: u64) -> Result<Vec<u8>, ErrorKind> {
    let file = File::open(path).map_err(ErrorKind::Unreadable)?;
    let meta = file.metadata().map_err(ErrorKind::Unreadable)?;
    if meta.is_dir() {
        return Err(ErrorKind::Unreadable(io::Error::new(io::ErrorKind::IsADirectory, "is a directory")));
    }
    if meta.len() > limit {
        return Err(ErrorKind::TooLarge { size: Some(meta.len()), limit });
    }
    // Pipes and special files report no size: read one byte past the limit to tell.
    read_at_most(file, limit, meta.len())
}

fn read_at_most(reader: impl Read, limit: u64, expected: u64) -> Result<Vec<u8>, ErrorKind> {
    let mut bytes = Vec::with_capacity(expected.min(limit) as usize);
    reader.take(limit.saturating_add(1)).read_to_end(&mut bytes).map_err(ErrorKind::Unreadable)?;
    if bytes.len() as u64 > limit {
        return Err(ErrorKind::TooLarge { size: None, limit });
    }
    Ok(bytes)
}

/// Decodes UTF-8, reporting the first bad byte at `base` + its offset.
fn utf8(bytes: Vec<u8>, base: u64) -> Result<String, ErrorKind> {
    String::from_utf8(bytes).map_err(|e| {
        let bytes = e.as_bytes();
        let utf16 = base == 0 && (bytes.starts_with(&[0xff, 0xfe]) || bytes.starts_with(&[0xfe, 0xff]));
        ErrorKind::NotUtf8 { offset: base + e.utf8_error().valid_up_to() as u64, utf16 }
    })
}

fn non_empty(text: &str) -> Result<(), ErrorKind> {
    if text.trim().is_empty() {
        Err(ErrorKind::Empty)
    } else {
        Ok(())
    }
}

/// Metadata of a text file, from its `<stem>.meta.json` sidecar.
#[derive(Debug, Default, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Meta {
    id: Option<String>,
    url: Option<String>,
    title: Option<String>,
    source: Option<String>,
    published: Option<String>,
    license: Option<String>,
    language: Option<String>,
}

fn read_text_file(path: &Path, options: &Options) -> Result<Input, ErrorKind> {
    let text = utf8(read_limited(path, options.max_bytes)?, 0)?;
    non_empty(&text)?;
    let stem = path.file_stem().map(|s| s.to_string_lossy().into_owned()).filter(|s| !s.is_empty());
    let meta = read_sidecar(path, options)?.unwrap_or_default();
    let input = Input {
        id: meta.id.or(stem),
        url: meta.url,
        title: meta.title,
        source: meta.source,
        published: meta.published,
        license: meta.license,
        language: meta.language,
        text,
    };
    finish(input, options)
}

/// The sidecar `<stem>.meta.json` of `path`, if there is one.
fn read_sidecar(path: &Path, options: &Options) -> Result<Option<Meta>, ErrorKind> {
    let Some(stem) = path.file_stem() else {
        return Ok(None);
    };
    let mut name = stem.to_os_string();
    name.push(".meta.json");
    let sidecar = path.with_file_name(name);
    if !sidecar.exists() {
        return Ok(None);
    }
    let fail = |message: String| ErrorKind::Sidecar { path: sidecar.clone(), message };
    let bytes = read_limited(&sidecar, options.max_bytes).map_err(|e| fail(e.to_string()))?;
    let text = utf8(bytes, 0).map_err(|e| fail(e.to_string()))?;
    serde_json::from_str(&text).map(Some).map_err(|e| fail(e.to_string()))
}

/// Reads a `.json` file: one document object, or an array of them (`file.json[i]`).
fn read_json_file(path: &Path, origin: String, options: &Options) -> VecDeque<Item> {
    let value = read_limited(path, options.max_bytes)
        .and_then(|bytes| utf8(bytes, 0))
        .and_then(|text| serde_json::from_str::<Value>(&text).map_err(json_error));
    match value {
        Ok(Value::Array(values)) => {
            values.into_iter().enumerate().map(|(i, v)| item(format!("{origin}[{i}]"), document(v, options))).collect()
        }
        Ok(value) => [item(origin, document(value, options))].into(),
        Err(kind) => [item(origin, Err(kind))].into(),
    }
}

fn json_error(e: serde_json::Error) -> ErrorKind {
    ErrorKind::Json(e.to_string())
}

/// Turns one JSON value into a document.
fn document(value: Value, options: &Options) -> Result<Input, ErrorKind> {
    let Value::Object(map) = value else {
        return Err(ErrorKind::Json(format!("expected a document object, found {}", kind_of(&value))));
    };
    if !matches!(map.get("text"), Some(Value::String(_))) {
        return Err(ErrorKind::MissingText);
    }
    let input: Input = serde_json::from_value(Value::Object(map)).map_err(|e| ErrorKind::Fields(e.to_string()))?;
    non_empty(&input.text)?;
    finish(input, options)
}

fn kind_of(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// Checks the id and fills in the defaults of `options`.
fn finish(mut input: Input, options: &Options) -> Result<Input, ErrorKind> {
    if input.id.as_deref().is_some_and(|id| id.trim().is_empty()) {
        return Err(ErrorKind::Fields("\"id\" is empty".to_string()));
    }
    if input.published.is_none() {
        input.published.clone_from(&options.published);
    }
    if input.source.is_none() {
        input.source.clone_from(&options.source);
    }
    Ok(input)
}

/// Reads standard input: JSON Lines when every non-empty line is a document object
/// with a `text` string, else one text document.
fn read_stdin(reader: impl Read, options: &Options) -> VecDeque<Item> {
    let origin = "<stdin>".to_string();
    let text = match read_at_most(reader, options.max_bytes, 0).and_then(|b| utf8(b, 0)) {
        Ok(text) => text,
        Err(kind) => return [item(origin, Err(kind))].into(),
    };
    let mut lines = Vec::new();
    for (n, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        match serde_json::from_str::<Value>(line) {
            Ok(v) if v.get("text").is_some_and(Value::is_string) => lines.push((n + 1, v)),
            _ => {
                lines.clear();
                break;
            }
        }
    }
    if lines.is_empty() {
        let result = non_empty(&text).and_then(|()| finish(Input { text, ..Input::default() }, options));
        return [item(origin, result)].into();
    }
    lines.into_iter().map(|(n, v)| item(format!("{origin}:{n}"), document(v, options))).collect()
}

/// A JSON Lines stream read one line at a time, each line limited in size.
struct Lines {
    origin: String,
    reader: Box<dyn BufRead>,
    /// Number of the last line read (1-based).
    line: usize,
    /// Byte offset of the next line.
    offset: u64,
    done: bool,
}

impl Lines {
    fn new(origin: String, reader: Box<dyn BufRead>) -> Lines {
        Lines { origin, reader, line: 0, offset: 0, done: false }
    }

    /// The next non-empty line as a document; `None` at the end.
    fn next_item(&mut self, options: &Options) -> Option<Item> {
        while !self.done {
            let start = self.offset;
            let line = self.read_line(options.max_bytes);
            let origin = format!("{}:{}", self.origin, self.line);
            let bytes = match line {
                Ok(Some(bytes)) => bytes,
                Ok(None) => return None,
                Err(kind) => return Some(item(origin, Err(kind))),
            };
            let text = match utf8(bytes, start) {
                Ok(text) => text,
                Err(kind) => return Some(item(origin, Err(kind))),
            };
            if text.trim().is_empty() {
                continue;
            }
            let result = serde_json::from_str(&text).map_err(json_error).and_then(|v| document(v, options));
            return Some(item(origin, result));
        }
        None
    }

    /// Reads one line without its terminator; `None` at the end. A line over `limit`
    /// is skipped without being kept in memory.
    fn read_line(&mut self, limit: u64) -> Result<Option<Vec<u8>>, ErrorKind> {
        let mut bytes = Vec::new();
        let read = (&mut self.reader).take(limit.saturating_add(2)).read_until(b'\n', &mut bytes);
        let n = match read {
            Ok(n) => n,
            Err(e) => {
                self.done = true;
                self.line += 1;
                return Err(ErrorKind::Unreadable(e));
            }
        };
        if n == 0 {
            self.done = true;
            return Ok(None);
        }
        self.line += 1;
        self.offset += n as u64;
        let ended = bytes.last() == Some(&b'\n');
        if ended {
            bytes.pop();
            if bytes.last() == Some(&b'\r') {
                bytes.pop();
            }
        }
        if bytes.len() as u64 > limit {
            if !ended {
                self.skip_line()?;
            }
            return Err(ErrorKind::TooLarge { size: None, limit });
        }
        Ok(Some(bytes))
    }

    /// Skips to just after the next newline.
    fn skip_line(&mut self) -> Result<(), ErrorKind> {
        loop {
            let buf = match self.reader.fill_buf() {
                Ok(buf) => buf,
                Err(e) => {
                    self.done = true;
                    return Err(ErrorKind::Unreadable(e));
                }
            };
            if buf.is_empty() {
                self.done = true;
                return Ok(());
            }
            let (n, found) = match buf.iter().position(|&b| b == b'\n') {
                Some(i) => (i + 1, true),
                None => (buf.len(), false),
            };
            self.reader.consume(n);
            self.offset += n as u64;
            if found {
                return Ok(());
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines_of(bytes: Vec<u8>) -> Lines {
        Lines::new("test.jsonl".to_string(), Box::new(io::Cursor::new(bytes)))
    }

    fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
        let path = dir.join(name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).unwrap();
        }
        std::fs::write(&path, bytes).unwrap();
        path
    }

    fn all(args: &[PathBuf], options: &Options) -> Vec<(String, Result<Input, String>)> {
        read(args, options).map(|i| (i.origin, i.result.map_err(|e| e.to_string()))).collect()
    }

    #[test]
    fn folder_is_walked_in_path_order_with_sidecars() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        write(d, "b.txt", b"Second report.");
        write(d, "a.txt", b"First report.");
        write(d, "a.meta.json", br#"{"id":"alpha","url":"https://example.org/a","published":"2024-03-09"}"#);
        write(d, "notes.md", b"skipped");
        write(d, ".hidden/x.txt", b"skipped");
        write(d, "sub/c.jsonl", b"{\"text\":\"Third.\"}\n\n{\"id\":\"d\",\"text\":\"Fourth.\"}\n");
        write(d, "sub/e.json", br#"[{"text":"Fifth."},{"text":"Sixth."}]"#);
        let options = Options {
            source: Some("Wire".to_string()),
            published: Some("2020-01-01".to_string()),
            ..Options::default()
        };
        let items = all(&[d.to_path_buf()], &options);
        let origins: Vec<String> =
            items.iter().map(|(o, _)| o.strip_prefix(&*d.display().to_string()).unwrap().to_string()).collect();
        assert_eq!(
            origins,
            ["/a.txt", "/b.txt", "/sub/c.jsonl:1", "/sub/c.jsonl:3", "/sub/e.json[0]", "/sub/e.json[1]"]
        );
        let a = items[0].1.as_ref().unwrap();
        assert_eq!(a.id.as_deref(), Some("alpha"));
        assert_eq!(a.published.as_deref(), Some("2024-03-09"));
        assert_eq!(a.source.as_deref(), Some("Wire"));
        let b = items[1].1.as_ref().unwrap();
        assert_eq!(b.id.as_deref(), Some("b"));
        assert_eq!(b.published.as_deref(), Some("2020-01-01"));
        assert_eq!(items[3].1.as_ref().unwrap().id.as_deref(), Some("d"));
        assert_eq!(items[5].1.as_ref().unwrap().text, "Sixth.");
    }

    #[test]
    fn explicit_unknown_extension_is_text() {
        let dir = tempfile::tempdir().unwrap();
        let path = write(dir.path(), "notes.md", b"A report.");
        let items = all(&[path], &Options::default());
        assert_eq!(items[0].1.as_ref().unwrap().text, "A report.");
        assert_eq!(items[0].1.as_ref().unwrap().id.as_deref(), Some("notes"));
    }

    #[test]
    fn bad_files_are_named_and_the_rest_goes_on() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        write(d, "a-bad.txt", b"ok \xff\xfe then");
        write(d, "b-empty.txt", b" \n\t ");
        let big = File::create(d.join("c-big.txt")).unwrap();
        big.set_len(50 * 1024 * 1024).unwrap();
        write(d, "d-good.txt", b"Fine.");
        let items = all(&[d.to_path_buf()], &Options::default());
        let errors: Vec<&str> = items.iter().filter_map(|(_, r)| r.as_ref().err()).map(|s| s.as_str()).collect();
        assert_eq!(errors.len(), 3, "{errors:?}");
        assert!(errors[0].ends_with("a-bad.txt: not UTF-8: invalid byte at offset 3"), "{}", errors[0]);
        assert!(errors[1].ends_with("b-empty.txt: empty document"), "{}", errors[1]);
        assert!(errors[2].ends_with("c-big.txt: too large: 50 MiB (the limit is 32 MiB)"), "{}", errors[2]);
        assert_eq!(items[3].1.as_ref().unwrap().text, "Fine.");
    }

    #[test]
    fn jsonl_errors_name_the_line() {
        let dir = tempfile::tempdir().unwrap();
        let path = write(
            dir.path(),
            "feed.jsonl",
            b"{\"text\":\"One.\"}\n{\"text\":\nnot json\n{\"id\":\"x\"}\n{\"text\":\"a\xffb\"}\n[1]\n{\"text\":\"Seven.\",\"bogus\":1}\n{\"text\":\"Eight.\"}",
        );
        let items = all(&[path], &Options::default());
        let summary: Vec<String> = items
            .iter()
            .map(|(o, r)| match r {
                Ok(i) => format!("{} ok {}", o.rsplit('/').next().unwrap(), i.text),
                Err(e) => e.rsplit('/').next().unwrap().to_string(),
            })
            .collect();
        assert_eq!(summary[0], "feed.jsonl:1 ok One.");
        assert!(summary[1].starts_with("feed.jsonl:2: invalid JSON: EOF"), "{}", summary[1]);
        assert!(summary[2].starts_with("feed.jsonl:3: invalid JSON"), "{}", summary[2]);
        assert_eq!(summary[3], "feed.jsonl:4: missing \"text\" (a string)");
        assert_eq!(summary[4], "feed.jsonl:5: not UTF-8: invalid byte at offset 55");
        assert_eq!(summary[5], "feed.jsonl:6: invalid JSON: expected a document object, found an array");
        assert!(summary[6].starts_with("feed.jsonl:7: invalid document: unknown field `bogus`"), "{}", summary[6]);
        assert_eq!(summary[7], "feed.jsonl:8 ok Eight.");
    }

    #[test]
    fn long_jsonl_lines_are_skipped() {
        let mut bytes = b"{\"text\":\"".to_vec();
        bytes.extend(std::iter::repeat_n(b'x', 100));
        bytes.extend(b"\"}\n{\"text\":\"Short.\"}\n");
        let options = Options { max_bytes: 50, ..Options::default() };
        let mut lines = lines_of(bytes);
        let first = lines.next_item(&options).unwrap();
        assert_eq!(first.origin, "test.jsonl:1");
        assert_eq!(
            first.result.unwrap_err().kind.to_string(),
            "too large: more than the limit (the limit is 50 bytes)"
        );
        let second = lines.next_item(&options).unwrap();
        assert_eq!(second.origin, "test.jsonl:2");
        assert_eq!(second.result.unwrap().text, "Short.");
        assert!(lines.next_item(&options).is_none());
    }

    #[test]
    fn stdin_is_jsonl_only_when_every_line_is_a_document() {
        let options = Options::default();
        let jsonl = read_stdin(&b"{\"text\":\"One.\"}\n\n{\"text\":\"Two.\"}\n"[..], &options);
        let origins: Vec<&str> = jsonl.iter().map(|i| i.origin.as_str()).collect();
        assert_eq!(origins, ["<stdin>:1", "<stdin>:3"]);

        let text = read_stdin(&b"{\"text\":\"One.\"}\nAnd prose.\n"[..], &options);
        assert_eq!(text.len(), 1);
        assert_eq!(text[0].origin, "<stdin>");
        assert!(text[0].result.as_ref().unwrap().text.ends_with("And prose.\n"));

        let empty = read_stdin(&b"  \n"[..], &options);
        assert_eq!(empty[0].result.as_ref().unwrap_err().to_string(), "<stdin>: empty document");
    }

    #[test]
    fn missing_file_is_unreadable() {
        let items = all(&[PathBuf::from("/nonexistent/x.txt")], &Options::default());
        let err = items[0].1.as_ref().unwrap_err();
        assert!(err.starts_with("/nonexistent/x.txt: cannot read: "), "{err}");
    }

    #[test]
    fn utf16_gets_a_hint() {
        let err = utf8(vec![0xff, 0xfe, b'a', 0], 0).unwrap_err();
        assert!(err.to_string().contains("UTF-16"), "{err}");
    }
}
