from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.errors import IngestError
from kg.ingest import decode_bytes, detect_language, read_articles, split_news_page

FURNITURE = ("minuten geleden", "uur geleden", "Meer uit Buitenland")


def test_ingest_seed_page_gives_eight_items(seed_articles) -> None:
    assert [a.dateline for a in seed_articles] == [
        "BRUSSEL",
        "DOHA",
        "KYIV",
        "JERUZALEM",
        "BEIROET",
        "BRUSSEL",
        "DEN HAAG",
        "LONDEN",
    ]
    assert [a.agency for a in seed_articles] == [
        "ANP",
        "ANP/RTR",
        "ANP/RTR",
        "ANP/RTR",
        "ANP/AFP",
        "ANP",
        "ANP",
        "ANP/RTR",
    ]
    assert seed_articles[0].title.startswith("NAVO ziet Rusland")
    assert all(a.language == "nl" for a in seed_articles)
    assert len({a.id for a in seed_articles}) == 8


def test_ingest_seed_page_has_no_furniture(seed_articles) -> None:
    for article in seed_articles:
        for bit in FURNITURE:
            assert bit not in article.text, (article.dateline, bit)
        assert "(ANP" not in article.text  # datelines are metadata, not text


def test_ingest_ids_are_content_hashes(seed_path: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy.txt"
    copy.write_bytes(seed_path.read_bytes())
    assert [a.id for a in read_articles(seed_path)] == [a.id for a in read_articles(copy)]


@pytest.mark.parametrize(
    ("page", "datelines"),
    [
        (
            "Kop\nPARIJS (ANP/AFP) - Frankrijk steunt Oekraïne.\n3 uur geledenROME (ANP) - Italië ook.",
            ["PARIJS", "ROME"],
        ),
        (
            "WASHINGTON, March 3 (Reuters) - The U.S. said so.\nMore news\nLONDON (AP) - Britain agreed.",
            ["WASHINGTON", "LONDON"],
        ),
        ("Just one article without a dateline.\nIt has two lines.", [""]),
    ],
)
def test_ingest_split_news_page_datelines(page: str, datelines: list[str]) -> None:
    assert [i.dateline for i in split_news_page(page)] == datelines


def test_ingest_sample_files_are_read() -> None:
    from tests.conftest import SAMPLES

    articles = list(read_articles(SAMPLES))
    langs = {a.language for a in articles}
    assert langs == {"nl", "en"}
    assert any(a.date is not None and a.date.isoformat() == "2025-03-19" for a in articles)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("De Verenigde Staten hebben nieuwe sancties aangekondigd tegen Iran.", "nl"),
        ("The United States announced new sanctions against Iran on Monday.", "en"),
        ("1234 5678", "und"),
    ],
)
def test_ingest_detect_language(text: str, lang: str) -> None:
    assert detect_language(text) == lang


def test_ingest_latin1_file_keeps_diacritics(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("Israël en Oekraïne overleggen in Brussel over de crisis.".encode("latin-1"))
    [article] = read_articles(path)
    assert "Israël" in article.text and "Oekraïne" in article.text


def test_ingest_html_main_text_without_navigation(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><title>Site</title><script>var x = 'Rusland';</script></head><body>"
        "<nav><ul><li>Home</li><li>Buitenland</li></ul></nav>"
        "<article><h1>Polen stuurt troepen</h1><p>WARSCHAU (ANP) - Polen stuurt troepen naar de grens.</p>"
        "<p>De regering in Warschau verwijt Minsk provocaties.</p></article>"
        "<footer>Meer uit Buitenland</footer></body></html>",
        encoding="utf-8",
    )
    [article] = read_articles(path)
    assert article.title == "Polen stuurt troepen"
    assert article.dateline == "WARSCHAU"
    assert "Home" not in article.text and "var x" not in article.text and "Meer uit" not in article.text
    assert article.text.startswith("Polen stuurt troepen\nPolen stuurt troepen naar de grens.")


def test_ingest_bad_inputs_are_reported_and_the_rest_goes_in(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "good.txt").write_text("Duitsland steunt Polen in het conflict met Wit-Rusland.", encoding="utf-8")
    (tmp_path / "rows.jsonl").write_text(
        json.dumps({"text": "Spanje veroordeelt de aanval op Gaza.", "title": "Spanje"}) + "\n"
        "{not json\n"
        + json.dumps(["a", "list"])
        + "\n"
        + json.dumps({"title": "no text"})
        + "\n"
        + json.dumps({"body": "Canada sanctions Russia over the war.", "date": "2024-02-24"})
        + "\n",
        encoding="utf-8",
    )
    errors: list[IngestError] = []
    articles = list(read_articles(tmp_path, tmp_path / "missing.txt", on_error=errors.append))
    assert sorted(a.text.split()[0] for a in articles) == ["Canada", "Duitsland", "Spanje"]
    messages = [str(e) for e in errors]
    assert len(messages) == 6, messages
    assert any("empty" in m for m in messages)
    assert any("binary" in m for m in messages)
    assert any("rows.jsonl:2 is not valid JSON" in m for m in messages)
    assert any("rows.jsonl:3" in m and "not an object" in m for m in messages)
    assert any("rows.jsonl:4 has no text" in m for m in messages)
    assert any("missing.txt does not exist" in m for m in messages)
    assert all("\n" not in m for m in messages)


def test_ingest_without_handler_raises(tmp_path: Path) -> None:
    with pytest.raises(IngestError, match="does not exist"):
        list(read_articles(tmp_path / "nope.txt"))


def test_ingest_decode_refuses_binary() -> None:
    with pytest.raises(IngestError, match="binary"):
        decode_bytes(b"\x00\x01\x02PK\x03\x04", name="x.txt")


def test_article_date_from_iso_string_or_clear_error() -> None:
    from datetime import date

    from kg.model import Article

    assert Article.from_text("Rusland levert steun.", date="2025-03-19").date == date(2025, 3, 19)
    assert Article.from_text("Rusland levert steun.", date="").date is None
    with pytest.raises(ValueError, match="not an ISO date"):
        Article.from_text("Rusland levert steun.", date="19 maart")
