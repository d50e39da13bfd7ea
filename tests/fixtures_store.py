"""Articles and claims built straight from kg.model, shared by the store, query and ontology tests."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from kg.model import Actor, Article, Claim, Mention, Provenance
from kg.store import Store

RUSSIA = Actor(id="Q159", label="Russia", label_nl="Rusland", type="Country", code="RUS")
NORTH_KOREA = Actor(id="Q423", label="North Korea", label_nl="Noord-Korea", type="Country", code="PRK")
NATO = Actor(id="Q7184", label="NATO", label_nl="NAVO", type="InternationalOrganization", code="NATO")
UKRAINE = Actor(id="Q212", label="Ukraine", label_nl="Oekraïne", type="Country", code="UKR")
IRAN = Actor(id="Q794", label="Iran", label_nl="Iran", type="Country", code="IRN")
QATAR = Actor(id="Q846", label="Qatar", label_nl="Qatar", type="Country", code="QAT")
RUTTE = Actor(
    id="Q57792",
    label="Mark Rutte",
    label_nl="Mark Rutte",
    type="Person",
    code="NATO",
    state="Q7184",
    state_label="NATO",
    role="Secretary General of NATO",
)
HOUTHIS = Actor(id="kg:houthis", label="Houthis", label_nl="Houthi's", type="ArmedGroup", code="YEM")

TEXT_1 = (
    "BRUSSEL (ANP) - Rusland levert raketonderdelen aan Noord-Korea, waarschuwt NAVO-topman "
    "Mark Rutte. Rusland valt Oekraïne aan. Rusland steunt Iran niet."
)
TEXT_2 = "DOHA (ANP/RTR) - De Iraanse aanval op een gasinstallatie in Qatar werd door de NAVO veroordeeld."


def claim(
    article: Article,
    subject: Actor,
    relation: str,
    obj: Actor,
    sentence: str,
    *,
    speaker: Actor | None = None,
    negated: bool = False,
    hedged: bool = False,
    version: str = "1",
) -> Claim:
    start = article.text.index(sentence)
    return Claim(
        subject=Mention(actor=subject, text=subject.label_nl, start=start, end=start + 3),
        relation=relation,
        object=Mention(actor=obj, text=obj.label_nl, start=start + 4, end=start + 8),
        provenance=Provenance(
            article_id=article.id,
            sentence=sentence,
            char_start=start,
            char_end=start + len(sentence),
            extractor="test.v1",
            extractor_version=version,
            cue=relation[:4],
        ),
        attributed_to=speaker,
        negated=negated,
        hedged=hedged,
        confidence=0.9,
    )


def corpus() -> list[tuple[Article, list[Claim]]]:
    a1 = Article.from_text(
        TEXT_1,
        title="Rutte waarschuwt",
        dateline="BRUSSEL",
        agency="ANP",
        date=date(2025, 3, 1),
        source="seed/one.txt",
        language="nl",
    )
    a2 = Article.from_text(
        TEXT_2,
        dateline="DOHA",
        agency="ANP/RTR",
        date=date(2025, 3, 19),
        source="https://example.org/two",
        language="nl",
        item=1,
    )
    s1 = "Rusland levert raketonderdelen aan Noord-Korea, waarschuwt NAVO-topman Mark Rutte."
    return [
        (
            a1,
            [
                claim(a1, RUSSIA, "supports", NORTH_KOREA, s1, speaker=RUTTE),
                claim(a1, RUSSIA, "attacks", UKRAINE, "Rusland valt Oekraïne aan."),
                claim(a1, RUSSIA, "supports", IRAN, "Rusland steunt Iran niet.", negated=True),
            ],
        ),
        (
            a2,
            [
                claim(a2, IRAN, "attacks", QATAR, TEXT_2[17:]),
                claim(a2, NATO, "criticizes", IRAN, TEXT_2[17:], hedged=True),
                claim(a2, HOUTHIS, "supports", IRAN, TEXT_2[17:]),
            ],
        ),
    ]


def many_articles(n: int) -> Iterator[tuple[Article, list[Claim]]]:
    """`n` small synthetic articles with two claims each (for bulk and crash tests)."""
    for i in range(n):
        text = f"Bericht {i}: Rusland steunt Noord-Korea. Iran valt Qatar aan in ronde {i}."
        art = Article.from_text(text, language="nl", date=date(2025, 1, 1 + i % 28))
        yield (
            art,
            [
                claim(art, RUSSIA, "supports", NORTH_KOREA, "Rusland steunt Noord-Korea."),
                claim(art, IRAN, "attacks", QATAR, f"Iran valt Qatar aan in ronde {i}."),
            ],
        )


def add_corpus(store: Store, *, version: str = "1") -> None:
    for article, claims in corpus():
        store.add(article, claims, extractor="test.v1", extractor_version=version)


# --------------------------------------------------------------------------- an Oxigraph server


def oxigraph_binary() -> str | None:
    beside = Path(sys.executable).with_name("oxigraph")
    return str(beside) if beside.exists() else shutil.which("oxigraph")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_http(url: str, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while True:
        try:
            urllib.request.urlopen(url, timeout=1).close()
            return
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)


@pytest.fixture(scope="session")
def oxigraph_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Base URL of a real `oxigraph serve` on 127.0.0.1 (skipped when the binary is absent)."""
    binary = oxigraph_binary()
    if binary is None:
        pytest.skip("oxigraph server binary not found; pip install oxigraph==0.5.13")
    port = free_port()
    location = tmp_path_factory.mktemp("oxigraph-server")
    proc = subprocess.Popen(
        [binary, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        wait_http(f"http://127.0.0.1:{port}/query?query=ASK%7B%7D")
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.fixture(params=["local", "server"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    """An empty store: on-disk Oxigraph, or the real Oxigraph server (cleared first)."""
    if request.param == "local":
        with Store.open(tmp_path / "kg.store") as s:
            yield s
        return
    base = request.getfixturevalue("oxigraph_server")
    with Store.open(base + "/query") as s:
        s._b.update("DROP SILENT ALL")
        yield s


def env_with_worktree() -> dict[str, str]:
    """Environment for child processes that must import this checkout's kg."""
    root = str(Path(__file__).resolve().parents[1])
    env = dict(os.environ)
    env["PYTHONPATH"] = root + os.pathsep + env.get("PYTHONPATH", "")
    return env
