"""Read news into `Article` records: plain text, scraped news pages, HTML, JSONL, CSV.

Scraped pages often hold one article followed by teasers of others, each starting with a
dateline ("DOHA (ANP/RTR) - "), with relative times glued on ("28 minuten geledenKYIV")
and navigation text ("Meer uit Buitenland"). `split_news_page` turns such a page into one
article per item and keeps the page furniture out of the text.

>>> items = split_news_page("Kop\\nDEN HAAG (ANP) - Tekst een.\\n5 minuten geledenPARIJS (ANP/AFP) - Twee.")
>>> [(i.dateline, i.agency, i.text) for i in items]
[('DEN HAAG', 'ANP', 'Kop\\nTekst een.'), ('PARIJS', 'ANP/AFP', 'Twee.')]
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path

from .errors import IngestError
from .model import Article, content_hash

__all__ = [
    "read_articles",
    "read_file",
    "split_news_page",
    "detect_language",
    "decode_bytes",
    "NewsItem",
    "SUFFIXES",
    "MAX_FILE_BYTES",
]

SUFFIXES = (".txt", ".text", ".html", ".htm", ".jsonl", ".ndjson", ".csv")
MAX_FILE_BYTES = 50 * 1024 * 1024  # a single text or HTML file; JSONL and CSV are streamed
MAX_ARTICLE_CHARS = 1_000_000  # spaCy's default max_length

ErrorHandler = Callable[[IngestError], None]

# "BRUSSEL (ANP) - ", "DEN HAAG (ANP/RTR) -", "LONDON, March 3 (Reuters) - ", "KYIV (AP) — "
_CITY = r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.\-]*(?: [A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.\-]*){0,3}"
_AGENCY = r"[A-Za-z][A-Za-z.]*(?:\s*/\s*[A-Za-z][A-Za-z.]*)*"
DATELINE = re.compile(
    rf"(?P<city>{_CITY})(?:,\s*(?P<when>[A-Z][a-z]+\.? \d{{1,2}}))?\s*\((?P<agency>{_AGENCY})\)\s*[-–—]\s*"
)
# Relative publication times: Dutch and English ("28 minuten geleden", "1 uur geleden", "3 hours ago").
RELATIVE_TIME = re.compile(
    r"\b\d{1,3}\s+(?:seconde|seconden|minuut|minuten|uur|uren|dag|dagen|week|weken|"
    r"second|seconds|minute|minutes|min|mins|hour|hours|day|days|week|weeks)\s+(?:geleden|ago)",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?:;\"”’')]\s*$")
_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
)
_DAYS = (
    "monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    "maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag"
)
# A bare publication-date line: "Friday, January 4, 2019", "woensdag 19 maart 2025".
DATE_LINE = re.compile(
    rf"^(?:(?:{_DAYS}),?\s+)?(?:\d{{1,2}}\s+(?:{_MONTHS})|(?:{_MONTHS})\s+\d{{1,2}},?)\s+\d{{4}}$", re.IGNORECASE
)


@dataclass(frozen=True, slots=True)
class NewsItem:
    """One item of a news page before it becomes an `Article`."""

    text: str
    title: str = ""
    dateline: str = ""
    agency: str = ""


def decode_bytes(data: bytes, *, name: str = "<bytes>") -> str:
    """Decode text, trying UTF-8 first and Windows-1252/Latin-1 after; refuse binary data.

    >>> decode_bytes("Oekraïne".encode("latin-1"))
    'Oekraïne'
    """
    if not data.strip():
        raise IngestError(f"{name} is empty; give a file with article text")
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise IngestError(f"{name} looks binary (NUL bytes); give a .txt, .html, .jsonl or .csv file")
    for encoding in ("utf-8-sig", "utf-16") if data.startswith((b"\xff\xfe", b"\xfe\xff")) else ("utf-8-sig",):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = data.decode("latin-1")
    controls = sum(1 for ch in text[:8192] if ord(ch) < 32 and ch not in "\r\n\t\f")
    if controls > 0.05 * min(len(text), 8192):
        raise IngestError(f"{name} looks binary (control characters); give a text file")
    return text


def _clean_lines(text: str) -> list[str]:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    # A relative time glued to the next dateline: "28 minuten geledenKYIV (ANP/RTR) -".
    text = RELATIVE_TIME.sub("\n", text)
    lines = [re.sub(r"[ \t]+", " ", line).strip() for line in text.split("\n")]
    return [line for line in lines if not DATE_LINE.match(line)]


def _is_furniture(line: str) -> bool:
    """Navigation and widgets: short lines that are not sentences ("Meer uit Buitenland")."""
    return len(line.split()) <= 6 and not _SENTENCE_END.search(line)


def split_news_page(text: str, *, detect_title: bool = True) -> list[NewsItem]:
    """Split a page into items at datelines; drop relative times and navigation lines.

    A page without any dateline is one item whose first line is its title when it reads
    like a headline (short, no closing punctuation) and more text follows.
    """
    lines = [line for line in _clean_lines(text) if line]
    starts = [i for i, line in enumerate(lines) if DATELINE.match(line)]
    if not starts:
        if not lines:
            return []
        title = ""
        if detect_title and len(lines) > 1 and len(lines[0].split()) <= 20 and not _SENTENCE_END.search(lines[0]):
            title, lines = lines[0], lines[1:]
        body = [line for line in lines if not (_is_furniture(line) and line is not lines[0])]
        return [NewsItem(text="\n".join(([title] if title else []) + body), title=title)]

    items: list[NewsItem] = []
    head = lines[: starts[0]]
    # The headline is the last non-furniture-looking line just above the first dateline;
    # earlier lines are site navigation.
    title = head[-1] if detect_title and head and len(head[-1].split()) <= 25 else ""
    bounds = starts + [len(lines)]
    for n, (a, b) in enumerate(zip(bounds, bounds[1:], strict=False)):
        m = DATELINE.match(lines[a])
        assert m is not None
        first = lines[a][m.end() :].strip()
        body = [first] + [line for line in lines[a + 1 : b] if not _is_furniture(line)]
        body = [line for line in body if line]
        if not body:
            continue
        item_title = title if n == 0 else ""
        parts = ([item_title] if item_title else []) + body
        items.append(
            NewsItem(
                text="\n".join(parts),
                title=item_title,
                dateline=m.group("city").strip(),
                agency=re.sub(r"\s*/\s*", "/", m.group("agency")),
            )
        )
    return items


@lru_cache(maxsize=1)
def _language_detector():  # type: ignore[no-untyped-def]
    from lingua import Language, LanguageDetectorBuilder

    languages = [Language.DUTCH, Language.ENGLISH, Language.GERMAN, Language.FRENCH, Language.SPANISH]
    return LanguageDetectorBuilder.from_languages(*languages).with_low_accuracy_mode().build()


def detect_language(text: str) -> str:
    """ISO 639-1 code of the text's language (lingua), or "und" when it cannot tell.

    >>> detect_language("Rusland levert Noord-Korea steun voor zijn raketprogramma.")
    'nl'
    """
    sample = text[:2000]
    if not re.search(r"[^\W\d_]{2,}", sample):
        return "und"
    found = _language_detector().detect_language_of(sample)
    return found.iso_code_639_1.name.lower() if found is not None else "und"


def _parse_date(value: object) -> date | None:
    if value in (None, ""):
        return None
    s = str(value).strip()
    try:
        return datetime.fromisoformat(s.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    for fmt in ("%Y-%m-%d", "%d-%m-%Y", "%d/%m/%Y", "%Y/%m/%d", "%B %d, %Y", "%d %B %Y"):
        try:
            return datetime.strptime(s[:30], fmt).date()
        except ValueError:
            continue
    return None


def _make_articles(
    page: str, *, source: str, language: str | None = None, title: str = "", when: date | None = None
) -> list[Article]:
    items = split_news_page(page, detect_title=not title)
    if not items:
        raise IngestError(f"{source} holds no article text")
    articles = []
    for n, item in enumerate(items):
        text = item.text
        item_title = item.title
        if title and n == 0 and not item_title:
            item_title, text = title, f"{title}\n{text}"
        if len(text) > MAX_ARTICLE_CHARS:
            raise IngestError(
                f"{source} item {n} has {len(text):,} characters, more than {MAX_ARTICLE_CHARS:,}; split it"
            )
        articles.append(
            Article(
                id=content_hash(text, prefix="a-"),
                text=text,
                title=item_title,
                dateline=item.dateline,
                agency=item.agency,
                date=when,
                source=source,
                language=language or detect_language(text),
                item=n,
            )
        )
    return articles


_TEXT_KEYS = ("text", "body", "content", "article", "tekst")
_TITLE_KEYS = ("title", "headline", "titel", "kop")
_DATE_KEYS = ("date", "published", "datum", "published_at", "pubdate")
_URL_KEYS = ("url", "link", "source", "bron")


def _pick(row: dict[str, object], keys: tuple[str, ...]) -> object:
    lowered = {str(k).strip().lower(): v for k, v in row.items() if k is not None}
    for key in keys:
        if lowered.get(key) not in (None, ""):
            return lowered[key]
    return None


def _records_to_articles(
    rows: Iterable[tuple[int, dict[str, object] | IngestError]], *, source: str, on_error: ErrorHandler
) -> Iterator[Article]:
    for lineno, row in rows:
        where = f"{source}:{lineno}"
        if isinstance(row, IngestError):
            on_error(row)
            continue
        text = _pick(row, _TEXT_KEYS)
        if not isinstance(text, str) or not text.strip():
            on_error(IngestError(f"{where} has no text column (expected one of {', '.join(_TEXT_KEYS)})"))
            continue
        title = _pick(row, _TITLE_KEYS)
        url = _pick(row, _URL_KEYS)
        lang = _pick(row, ("language", "lang", "taal"))
        try:
            yield from _make_articles(
                text,
                source=str(url) if url else where,
                title=str(title).strip() if title else "",
                when=_parse_date(_pick(row, _DATE_KEYS)),
                language=str(lang) if lang else None,
            )
        except IngestError as exc:
            on_error(exc)


def _jsonl_rows(path: Path) -> Iterator[tuple[int, dict[str, object] | IngestError]]:
    with path.open("rb") as fh:
        for lineno, raw in enumerate(fh, 1):
            if not raw.strip():
                continue
            try:
                row = json.loads(decode_bytes(raw, name=f"{path}:{lineno}"))
            except (json.JSONDecodeError, IngestError) as exc:
                msg = exc.msg if isinstance(exc, json.JSONDecodeError) else str(exc)
                yield lineno, IngestError(f"{path}:{lineno} is not valid JSON ({msg}); fix or remove that line")
                continue
            if not isinstance(row, dict):
                yield lineno, IngestError(f'{path}:{lineno} is JSON but not an object; expected {{"text": ...}}')
                continue
            yield lineno, row


def _csv_rows(path: Path) -> Iterator[tuple[int, dict[str, object] | IngestError]]:
    text = decode_bytes(path.read_bytes(), name=str(path))
    # The header decides the delimiter; csv.Sniffer misreads quoted multi-line fields.
    header = text.split("\n", 1)[0]
    delimiter = max(",;\t", key=header.count)
    csv.field_size_limit(MAX_ARTICLE_CHARS * 4)
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        for row in reader:
            yield reader.line_num, dict(row)
    except csv.Error as exc:
        yield reader.line_num, IngestError(f"{path}:{reader.line_num} is malformed CSV ({exc})")


def _html_to_text(html: str, *, name: str) -> tuple[str, str]:
    """Main text and title of an HTML page: navigation, scripts and widgets removed."""
    import lxml.html

    try:
        root = lxml.html.fromstring(html)
    except Exception as exc:  # lxml raises a zoo of parser errors
        raise IngestError(f"{name} is not readable HTML ({exc})") from exc
    for bad in root.xpath(
        "//script|//style|//noscript|//nav|//header|//footer|//aside|//form|//iframe|//template"
        "|//*[@role='navigation' or @aria-hidden='true']"
    ):
        bad.drop_tree()
    title_el = root.xpath("//h1") or root.xpath("//title")
    title = " ".join(title_el[0].text_content().split()) if title_el else ""
    scope = (root.xpath("//article") or root.xpath("//main") or [root])[0]
    blocks = []
    for el in scope.iter("h1", "h2", "h3", "p", "li", "blockquote"):
        line = " ".join(el.text_content().split())
        if line and not (el.tag == "li" and _is_furniture(line)):
            blocks.append(line)
    if not blocks:
        blocks = [" ".join(scope.text_content().split())]
    if blocks and title and blocks[0] == title:
        blocks = blocks[1:]
    return "\n".join(blocks), title


def read_file(path: str | Path, *, on_error: ErrorHandler | None = None) -> Iterator[Article]:
    """Articles in one file; a bad record goes to `on_error` (or raises) and the rest go on."""
    path = Path(path)

    def _raise(exc: IngestError) -> None:
        raise exc

    handle = on_error or _raise
    suffix = path.suffix.lower()
    if not path.exists():
        raise IngestError(f"{path} does not exist; check the path")
    if suffix not in SUFFIXES:
        raise IngestError(f"{path} has an unsupported type {suffix or '(none)'}; use one of {', '.join(SUFFIXES)}")
    size = path.stat().st_size
    if size == 0:
        raise IngestError(f"{path} is empty; give a file with article text")
    if suffix in (".jsonl", ".ndjson"):
        yield from _records_to_articles(_jsonl_rows(path), source=str(path), on_error=handle)
        return
    if size > MAX_FILE_BYTES:
        raise IngestError(
            f"{path} is {size / 2**20:.0f} MiB, over the {MAX_FILE_BYTES // 2**20} MiB limit for one file; "
            "split it or use JSONL (one article per line)"
        )
    if suffix == ".csv":
        yield from _records_to_articles(_csv_rows(path), source=str(path), on_error=handle)
        return
    text = decode_bytes(path.read_bytes(), name=str(path))
    title = ""
    if suffix in (".html", ".htm"):
        text, title = _html_to_text(text, name=str(path))
    yield from _make_articles(text, source=str(path), title=title)


def _expand(paths: Iterable[str | Path]) -> Iterator[Path]:
    for p in paths:
        path = Path(p)
        if path.is_dir():
            yield from sorted(f for f in path.rglob("*") if f.is_file() and f.suffix.lower() in SUFFIXES)
        else:
            yield path


def read_articles(*paths: str | Path, on_error: ErrorHandler | None = None) -> Iterator[Article]:
    """Articles from files and directories, in order, each article once.

    With `on_error`, a bad file or record is reported there and reading goes on; without
    it the first problem raises `IngestError`.
    """
    seen: set[str] = set()
    for path in _expand(paths):
        try:
            for article in read_file(path, on_error=on_error):
                if article.id not in seen:
                    seen.add(article.id)
                    yield article
        except IngestError as exc:
            if on_error is None:
                raise
            on_error(exc)
        except OSError as exc:
            err = IngestError(f"{path} could not be read ({exc.strerror or exc}); check permissions")
            if on_error is None:
                raise err from exc
            on_error(err)
