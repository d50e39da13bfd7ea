"""`kg serve`: a read-only SPARQL 1.1 protocol endpoint over a local store.

GET `/query?query=...` or `/sparql?query=...`, POST form-encoded (`query=...`) or
`application/sparql-query`; results as SPARQL JSON (default), XML, CSV or TSV by `Accept`
(or `?format=json|xml|csv|tsv`); CONSTRUCT/DESCRIBE as N-Triples or Turtle. Updates are refused
with 403. The store is opened with `pyoxigraph.Store.read_only`, so `kg build` may hold the write
lock; a query that runs past `timeout_s` gets 503 (the server stays up).
"""

from __future__ import annotations

import concurrent.futures
import io
import sys
import urllib.parse
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pyoxigraph as ox

from kg.errors import StoreError

__all__ = ["serve", "make_server"]

_RESULT_FORMATS = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
_SHORT = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
}
_GRAPH_FORMATS = {"text/turtle": ox.RdfFormat.TURTLE, "application/n-triples": ox.RdfFormat.N_TRIPLES}


def make_server(
    store_path: str | Path, *, host: str = "127.0.0.1", port: int = 7878, timeout_s: float = 30.0
) -> ThreadingHTTPServer:
    """A ready (not yet serving) HTTP server; `port=0` picks a free port (see `server_address`)."""
    path = Path(store_path)
    if not path.is_dir():
        raise StoreError(f"store {path} does not exist; build it first with kg build")
    try:
        store = ox.Store.read_only(str(path))
    except OSError as exc:
        raise StoreError(f"cannot open store {path} read-only: {exc}") from exc
    pool = concurrent.futures.ThreadPoolExecutor(max_workers=4, thread_name_prefix="kg-sparql")

    class Handler(BaseHTTPRequestHandler):
        server_version = "kg-sparql/0.1"

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            sys.stderr.write("kg serve: " + (format % args) + "\n")

        def do_GET(self) -> None:  # noqa: N802
            url = urllib.parse.urlsplit(self.path)
            params = urllib.parse.parse_qs(url.query)
            if "update" in params:
                return self._refuse()
            if "query" not in params:
                return self._send(
                    HTTPStatus.OK, "text/plain", b"kg SPARQL endpoint (read-only): GET /query?query=...\n"
                )
            self._answer(params["query"][0], params)

        def do_POST(self) -> None:  # noqa: N802
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length).decode("utf-8", "replace")
            kind = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
            params = urllib.parse.parse_qs(urllib.parse.urlsplit(self.path).query)
            if kind == "application/sparql-update" or urllib.parse.urlsplit(self.path).path.endswith("/update"):
                return self._refuse()
            if kind == "application/sparql-query":
                return self._answer(body, params)
            form = urllib.parse.parse_qs(body)
            if "update" in form:
                return self._refuse()
            if "query" not in form:
                return self._send(HTTPStatus.BAD_REQUEST, "text/plain", b"missing query parameter\n")
            self._answer(form["query"][0], {**params, **form})

        def _refuse(self) -> None:
            self._send(HTTPStatus.FORBIDDEN, "text/plain", b"this endpoint is read-only: SPARQL updates are refused\n")

        def _answer(self, query: str, params: dict[str, list[str]]) -> None:
            accept = _SHORT.get((params.get("format") or [""])[0], self.headers.get("Accept") or "")
            future = pool.submit(_run, store, query, accept)
            try:
                kind, payload = future.result(timeout=timeout_s)
            except concurrent.futures.TimeoutError:
                future.cancel()
                return self._send(
                    HTTPStatus.SERVICE_UNAVAILABLE,
                    "text/plain",
                    f"query exceeded the time limit of {timeout_s:g} s\n".encode(),
                )
            except SyntaxError as exc:
                return self._send(HTTPStatus.BAD_REQUEST, "text/plain", f"query failed: {exc}\n".encode())
            except (OSError, RuntimeError, ValueError) as exc:
                return self._send(HTTPStatus.INTERNAL_SERVER_ERROR, "text/plain", f"query failed: {exc}\n".encode())
            self._send(HTTPStatus.OK, kind, payload)

        def _send(self, status: HTTPStatus, kind: str, payload: bytes) -> None:
            self.send_response(status)
            self.send_header("Content-Type", kind + ("; charset=utf-8" if kind.startswith("text/") else ""))
            self.send_header("Content-Length", str(len(payload)))
            self.send_header("Access-Control-Allow-Origin", "*")
            self.end_headers()
            self.wfile.write(payload)

    server = ThreadingHTTPServer((host, port), Handler)
    server.daemon_threads = True
    return server


def _run(store: ox.Store, query: str, accept: str) -> tuple[str, bytes]:
    """Evaluate and serialize (in a worker thread, so the handler can give up at the time limit)."""
    result = store.query(query, use_default_graph_as_union=True)
    out = io.BytesIO()
    if isinstance(result, ox.QueryTriples):
        kind = next((k for k in _GRAPH_FORMATS if k in accept), "application/n-triples")
        result.serialize(out, _GRAPH_FORMATS[kind])
        return kind, out.getvalue()
    kind = next((k for k in _RESULT_FORMATS if k in accept), "application/sparql-results+json")
    result.serialize(out, _RESULT_FORMATS[kind])
    return kind, out.getvalue()


def serve(store_path: str | Path, *, host: str = "127.0.0.1", port: int = 7878, timeout_s: float = 30.0) -> None:
    """Serve the store read-only at http://host:port/query until interrupted."""
    server = make_server(store_path, host=host, port=port, timeout_s=timeout_s)
    sys.stderr.write(f"kg serve: SPARQL endpoint at http://{host}:{server.server_address[1]}/query (read-only)\n")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
