//! A tiny HTTP/1.1 server on 127.0.0.1 for tests: fixed routes, ETag support, a
//! request log. Never the internet.

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Mutex};
use std::thread;

/// One resource: content type and body; an `etag` makes it answer conditional GETs.
#[derive(Clone)]
pub struct Resource {
    pub content_type: &'static str,
    pub body: Vec<u8>,
    pub etag: Option<String>,
}

pub struct Server {
    pub base: String,
    routes: Arc<Mutex<HashMap<String, Resource>>>,
    log: Arc<Mutex<Vec<String>>>,
}

impl Server {
    /// Serves `routes` (path → resource) until the test process ends; unknown paths are 404.
    pub fn start(routes: HashMap<String, Resource>) -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        let routes = Arc::new(Mutex::new(routes));
        let log = Arc::new(Mutex::new(Vec::new()));
        let (r, l) = (Arc::clone(&routes), Arc::clone(&log));
        thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let (r, l) = (Arc::clone(&r), Arc::clone(&l));
                thread::spawn(move || serve(stream, &r, &l));
            }
        });
        Server { base, routes, log }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// The requests so far, as `GET /path` (`GET /path 304` when not modified).
    pub fn log(&self) -> Vec<String> {
        self.log.lock().unwrap().clone()
    }

    pub fn set(&self, path: &str, resource: Resource) {
        self.routes.lock().unwrap().insert(path.to_string(), resource);
    }
}

fn serve(stream: TcpStream, routes: &Mutex<HashMap<String, Resource>>, log: &Mutex<Vec<String>>) {
    let mut reader = BufReader::new(stream.try_clone().unwrap());
    let mut stream = stream;
    loop {
        let mut request = String::new();
        if reader.read_line(&mut request).unwrap_or(0) == 0 {
            return;
        }
        let path = request.split_whitespace().nth(1).unwrap_or("/").to_string();
        let mut if_none_match = None;
        loop {
            let mut line = String::new();
            if reader.read_line(&mut line).unwrap_or(0) == 0 || line.trim().is_empty() {
                break;
            }
            if let Some((k, v)) = line.split_once(':') {
                if k.trim().eq_ignore_ascii_case("if-none-match") {
                    if_none_match = Some(v.trim().to_string());
                }
            }
        }
        let resource = routes.lock().unwrap().get(&path).cloned();
        let (status, headers, body) = match resource {
            Some(r) if r.etag.is_some() && r.etag == if_none_match => {
                log.lock().unwrap().push(format!("GET {path} 304"));
                ("304 Not Modified", format!("ETag: {}\r\n", r.etag.unwrap()), Vec::new())
            }
            Some(r) => {
                log.lock().unwrap().push(format!("GET {path}"));
                let etag = r.etag.map(|e| format!("ETag: {e}\r\n")).unwrap_or_default();
                ("200 OK", format!("Content-Type: {}\r\n{etag}", r.content_type), r.body)
            }
            None => {
                log.lock().unwrap().push(format!("GET {path} 404"));
                ("404 Not Found", String::new(), b"not found".to_vec())
            }
        };
        let head = format!("HTTP/1.1 {status}\r\n{headers}Content-Length: {}\r\n\r\n", body.len());
        if stream.write_all(head.as_bytes()).and_then(|()| stream.write_all(&body)).is_err() {
            return;
        }
    }
}
