//! WARC files (ISO 28500; Common Crawl's CC-NEWS): records streamed one at a time, and
//! the HTML pages among the HTTP responses.
//!
//! A `.warc.gz` is a series of gzip members, one per record; wrap the file in
//! [`flate2::read::MultiGzDecoder`] and read it like a plain `.warc`. Records are read
//! by their `Content-Length`, so a file of any size streams in constant memory; a record
//! over the size limit is skipped without being kept.

use std::io::{self, BufRead, Read, Write};

use crate::charset;

/// One WARC record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    /// Byte offset of the record in the (decompressed) stream.
    pub offset: u64,
    /// `WARC-Type`: `response`, `request`, `metadata`, `warcinfo` …
    pub kind: String,
    pub target_uri: Option<String>,
    /// `WARC-Date`, as written (ISO 8601, UTC).
    pub date: Option<String>,
    /// The record's `Content-Type`.
    pub content_type: Option<String>,
    /// The content block (for a `response`, the HTTP response with its headers).
    pub block: Vec<u8>,
}

/// Why the stream could not be read further.
#[derive(Debug, thiserror::Error)]
pub enum WarcError {
    #[error("cannot read: {0}")]
    Io(#[from] io::Error),
    #[error("not a WARC record at byte {offset}: {reason}")]
    Format { offset: u64, reason: String },
    /// The record was skipped; the stream goes on.
    #[error("record at byte {offset} is too large ({size} bytes; the limit is {limit})")]
    TooLarge { offset: u64, size: u64, limit: u64 },
}

/// The records of a WARC stream.
pub struct Records<R> {
    reader: R,
    offset: u64,
    max_bytes: u64,
    done: bool,
}

impl<R: BufRead> Records<R> {
    /// Reads records from `reader`; blocks over `max_bytes` are skipped with
    /// [`WarcError::TooLarge`].
    pub fn new(reader: R, max_bytes: u64) -> Records<R> {
        Records { reader, offset: 0, max_bytes, done: false }
    }

    fn line(&mut self) -> Result<Option<String>, WarcError> {
        let mut line = Vec::new();
        let n = (&mut self.reader).take(64 * 1024).read_until(b'\n', &mut line)?;
        self.offset += n as u64;
        if n == 0 {
            return Ok(None);
        }
        Ok(Some(String::from_utf8_lossy(&line).trim_end_matches(['\r', '\n']).to_string()))
    }

    fn next_record(&mut self) -> Result<Option<Record>, WarcError> {
        // Skip the blank lines between records.
        let start = loop {
            let at = self.offset;
            match self.line()? {
                None => return Ok(None),
                Some(l) if l.trim().is_empty() => continue,
                Some(l) if l.starts_with("WARC/") => break at,
                Some(l) => {
                    return Err(WarcError::Format {
                        offset: at,
                        reason: format!("expected a WARC/1.x line, found {:?}", truncate(&l)),
                    })
                }
            }
        };
        let mut headers = Vec::new();
        loop {
            match self.line()? {
                None => {
                    return Err(WarcError::Format { offset: start, reason: "the file ends inside the headers".into() })
                }
                Some(l) if l.is_empty() => break,
                Some(l) => {
                    if let Some((k, v)) = l.split_once(':') {
                        headers.push((k.trim().to_ascii_lowercase(), v.trim().to_string()));
                    }
                }
            }
        }
        let header = |name: &str| headers.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone());
        let length: u64 = header("content-length")
            .and_then(|v| v.parse().ok())
            .ok_or_else(|| WarcError::Format { offset: start, reason: "no Content-Length".into() })?;
        if length > self.max_bytes {
            let skipped = io::copy(&mut (&mut self.reader).take(length), &mut io::sink())?;
            self.offset += skipped;
            return Err(WarcError::TooLarge { offset: start, size: length, limit: self.max_bytes });
        }
        let mut block = Vec::with_capacity(length as usize);
        let read = (&mut self.reader).take(length).read_to_end(&mut block)? as u64;
        self.offset += read;
        if read < length {
            return Err(WarcError::Format { offset: start, reason: "the file ends inside a record".into() });
        }
        Ok(Some(Record {
            offset: start,
            kind: header("warc-type").unwrap_or_default(),
            target_uri: header("warc-target-uri").map(|u| u.trim_matches(['<', '>']).to_string()),
            date: header("warc-date"),
            content_type: header("content-type"),
            block,
        }))
    }
}

impl<R: BufRead> Iterator for Records<R> {
    type Item = Result<Record, WarcError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.done {
            return None;
        }
        match self.next_record() {
            Ok(Some(r)) => Some(Ok(r)),
            Ok(None) => {
                self.done = true;
                None
            }
            Err(e @ WarcError::TooLarge { .. }) => Some(Err(e)),
            Err(e) => {
                // A broken stream cannot be resynchronized reliably.
                self.done = true;
                Some(Err(e))
            }
        }
    }
}

fn truncate(s: &str) -> String {
    s.chars().take(40).collect()
}

/// An HTTP response inside a `response` record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HttpResponse {
    pub status: u16,
    /// Header names lowercased.
    pub headers: Vec<(String, String)>,
    /// The body, de-chunked and decompressed.
    pub body: Vec<u8>,
}

impl HttpResponse {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
    }

    /// Whether the body is an HTML page.
    pub fn is_html(&self) -> bool {
        self.header("content-type").is_some_and(|t| {
            let t = t.to_ascii_lowercase();
            t.starts_with("text/html") || t.starts_with("application/xhtml")
        })
    }
}

/// Parses the HTTP response of a `response` record's block; `None` when it is not one.
pub fn http_response(block: &[u8]) -> Option<HttpResponse> {
    let end = block
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .map(|i| (i, i + 4))
        .or_else(|| block.windows(2).position(|w| w == b"\n\n").map(|i| (i, i + 2)))?;
    let head = String::from_utf8_lossy(&block[..end.0]);
    let mut lines = head.lines();
    let status_line = lines.next()?;
    if !status_line.starts_with("HTTP/") {
        return None;
    }
    let status: u16 = status_line.split_whitespace().nth(1)?.parse().ok()?;
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_string()))
        .collect();
    let mut response = HttpResponse { status, headers, body: block[end.1..].to_vec() };
    if response.header("transfer-encoding").is_some_and(|t| t.eq_ignore_ascii_case("chunked")) {
        if let Some(body) = dechunk(&response.body) {
            response.body = body;
        }
    }
    let encoding = response.header("content-encoding").map(str::to_ascii_lowercase);
    if matches!(encoding.as_deref(), Some("gzip" | "x-gzip")) {
        let mut out = Vec::new();
        if flate2::read::MultiGzDecoder::new(&response.body[..]).read_to_end(&mut out).is_ok() {
            response.body = out;
        }
    }
    Some(response)
}

fn dechunk(mut body: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    loop {
        let eol = body.windows(2).position(|w| w == b"\r\n")?;
        let size_text = std::str::from_utf8(&body[..eol]).ok()?;
        let size = usize::from_str_radix(size_text.split(';').next()?.trim(), 16).ok()?;
        body = &body[eol + 2..];
        if size == 0 {
            return Some(out);
        }
        out.extend_from_slice(body.get(..size)?);
        body = body.get(size + 2..).unwrap_or_default();
    }
}

/// An HTML page found in a WARC file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    pub offset: u64,
    pub url: Option<String>,
    /// The crawl date (`WARC-Date`).
    pub date: Option<String>,
    pub html: String,
}

/// The HTML pages of a WARC stream: successful (2xx) `response` records with an HTML
/// body, decoded to text. Other records are passed over; errors are passed on.
pub fn pages<R: BufRead>(reader: R, max_bytes: u64) -> impl Iterator<Item = Result<Page, WarcError>> {
    Records::new(reader, max_bytes).filter_map(|record| {
        let record = match record {
            Ok(r) => r,
            Err(e) => return Some(Err(e)),
        };
        if record.kind != "response" {
            return None;
        }
        let response = http_response(&record.block)?;
        if !(200..300).contains(&response.status) || !response.is_html() {
            return None;
        }
        let html = charset::decode(&response.body, response.header("content-type"));
        Some(Ok(Page { offset: record.offset, url: record.target_uri, date: record.date, html }))
    })
}

/// Writes one `response` record holding an HTTP 200 with `body` of `content_type` (for
/// tests and tools that build WARC files).
pub fn write_response(out: &mut impl Write, uri: &str, date: &str, content_type: &str, body: &[u8]) -> io::Result<()> {
    let mut block =
        format!("HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n\r\n", body.len())
            .into_bytes();
    block.extend_from_slice(body);
    write!(
        out,
        "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: {uri}\r\nWARC-Date: {date}\r\n\
         Content-Type: application/http; msgtype=response\r\nContent-Length: {}\r\n\r\n",
        block.len()
    )?;
    out.write_all(&block)?;
    out.write_all(b"\r\n\r\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn warc() -> Vec<u8> {
        let mut out = b"WARC/1.0\r\nWARC-Type: warcinfo\r\nContent-Length: 4\r\n\r\ninfo\r\n\r\n".to_vec();
        write_response(
            &mut out,
            "https://a.example/1",
            "2024-03-09T10:00:00Z",
            "text/html; charset=utf-8",
            "<p>Café</p>".as_bytes(),
        )
        .unwrap();
        write_response(&mut out, "https://a.example/img", "2024-03-09T10:00:01Z", "image/png", b"\x89PNG").unwrap();
        let chunked = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n4\r\n<p>a\r\n5\r\nbc</p\r\n1\r\n>\r\n0\r\n\r\n";
        write!(
            out,
            "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: <https://a.example/2>\r\nContent-Length: {}\r\n\r\n",
            chunked.len()
        )
        .unwrap();
        out.extend_from_slice(chunked);
        out.extend_from_slice(b"\r\n\r\n");
        out
    }

    #[test]
    fn html_responses_are_kept() {
        let bytes = warc();
        let pages: Vec<Page> = pages(&bytes[..], 1 << 20).map(Result::unwrap).collect();
        assert_eq!(pages.len(), 2);
        assert_eq!(pages[0].url.as_deref(), Some("https://a.example/1"));
        assert_eq!(pages[0].html, "<p>Café</p>");
        assert_eq!(pages[0].date.as_deref(), Some("2024-03-09T10:00:00Z"));
        assert_eq!(pages[1].url.as_deref(), Some("https://a.example/2"));
        assert_eq!(pages[1].html, "<p>abc</p>");
    }

    #[test]
    fn gzip_members_and_limits() {
        let bytes = warc();
        let mut gz = Vec::new();
        // One gzip member per record, as in Common Crawl.
        for record in bytes.split_inclusive(|_| false) {
            let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
            enc.write_all(record).unwrap();
            gz.extend(enc.finish().unwrap());
        }
        let reader = io::BufReader::new(flate2::read::MultiGzDecoder::new(&gz[..]));
        assert_eq!(pages(reader, 1 << 20).count(), 2);
        let limited: Vec<_> = Records::new(&bytes[..], 50).collect();
        assert_eq!(limited.len(), 4);
        assert!(matches!(limited[1], Err(WarcError::TooLarge { .. })));
        let broken: Vec<_> = Records::new(&b"garbage\r\n"[..], 100).collect();
        assert!(matches!(broken[..], [Err(WarcError::Format { .. })]));
    }
}
