"""Every command through the CLI runner, `--help` for each, and user errors as one line on stderr."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app

from .conftest import ROOT, SAMPLES

runner = CliRunner()
COMMANDS = [c.name or c.callback.__name__ for c in app.registered_commands]  # type: ignore[union-attr]


def kg_process(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Run the real entry point (``python -m kg``), as a user would."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run(
        [sys.executable, "-m", "kg", *args], capture_output=True, text=True, cwd=cwd or ROOT, env=env, timeout=300
    )


@pytest.mark.parametrize("command", COMMANDS)
def test_cli_help_for_every_command(command: str) -> None:
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0, result.output
    assert "Usage" in result.output


def test_cli_build_query_visualize_on_samples(tmp_path: Path) -> None:
    store, page = tmp_path / "kg.store", tmp_path / "graph.html"
    result = runner.invoke(app, ["build", str(SAMPLES), "--store", str(store), "--page", str(page)])
    assert result.exit_code == 0, result.output
    assert "articles:" in result.output and "claims:" in result.output and "actors" in result.output
    assert store.is_dir() and page.is_file()

    again = runner.invoke(app, ["build", str(SAMPLES), "--store", str(store), "--page", str(page), "--force"])
    assert again.exit_code == 0, again.output
    assert "0 new or changed" in again.output

    q = "PREFIX kg: <https://kg.example.org/ns#> SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?c a kg:Claim } }"
    result = runner.invoke(app, ["query", q, "--store", str(store), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)[0]["n"] > 0

    out = tmp_path / "ego.html"
    result = runner.invoke(app, ["visualize", "--store", str(store), "-o", str(out), "--lang", "nl"])
    assert result.exit_code == 0, result.output
    assert out.is_file() and "<html" in out.read_text(encoding="utf-8").lower()


def test_cli_extract_jsonl_follows_the_export_contract() -> None:
    result = runner.invoke(app, ["extract", str(SAMPLES / "world_news.jsonl")])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.output.splitlines() if line.startswith("{")]
    assert records
    for r in records:
        assert {
            "id",
            "subject",
            "relation",
            "quad_class",
            "cameo",
            "object",
            "attributed_to",
            "negated",
            "hedged",
            "confidence",
            "article",
            "sentence",
            "char_start",
            "char_end",
            "language",
        } <= set(r)
        assert {"label", "id", "code", "type", "text"} <= set(r["subject"])
        assert {"id", "title", "dateline", "agency", "source"} <= set(r["article"])


def test_cli_extract_table() -> None:
    result = runner.invoke(app, ["extract", str(SAMPLES / "world_news.jsonl"), "--format", "table"])
    assert result.exit_code == 0, result.output
    assert "relation" in result.output


def test_cli_info_names_parsed_pipelines() -> None:
    result = runner.invoke(app, ["info"])
    assert result.exit_code == 0, result.output
    for lang in ("nl", "en"):
        line = next(line for line in result.output.splitlines() if line.startswith(f"{lang}:"))
        assert "parser" in line and "blank" not in line, line


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["query", "SELECT nonsense {", "--store", "{store}"], "query"),
        (["query", "SELECT * WHERE { ?s ?p ?o }", "--store", "{missing}"], "no store at"),
        (["extract", "{missing}"], "does not exist"),
        (["extract", "{samples}", "--format", "xml"], "unknown --format"),
    ],
)
def test_cli_user_errors_are_one_line(tmp_path: Path, args: list[str], message: str) -> None:
    store = tmp_path / "kg.store"
    runner.invoke(app, ["build", str(SAMPLES / "world_news.jsonl"), "--store", str(store), "--no-page"])
    subst = {"{store}": str(store), "{missing}": str(tmp_path / "missing.txt"), "{samples}": str(SAMPLES)}
    proc = kg_process(*[subst.get(a, a) for a in args])
    assert proc.returncode != 0
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith("kg: ") and message in lines[0]
    assert "Traceback" not in proc.stderr


def test_cli_bad_inputs_still_build_the_rest(tmp_path: Path) -> None:
    bad = tmp_path / "in"
    bad.mkdir()
    (bad / "empty.txt").write_bytes(b"")
    (bad / "binary.txt").write_bytes(b"\x00\x01\x02\x03" * 64)
    (bad / "latin1.txt").write_bytes("Israël valt Libanon aan, meldt het Libanese leger.".encode("latin-1"))
    (bad / "rows.jsonl").write_text('{"text": "Russia attacked Ukraine."}\n{broken\n', encoding="utf-8")
    store = tmp_path / "kg.store"
    proc = kg_process("build", str(bad), str(tmp_path / "nope.txt"), "--store", str(store), "--no-page")
    assert proc.returncode == 1
    assert "empty" in proc.stderr and "binary" in proc.stderr and "rows.jsonl:2" in proc.stderr
    assert "nope.txt does not exist" in proc.stderr and "Traceback" not in proc.stderr
    assert "articles: 2 read" in proc.stdout


def test_cli_refuses_to_overwrite_without_force(tmp_path: Path) -> None:
    page = tmp_path / "mine.html"
    page.write_text("analyst's own file", encoding="utf-8")
    proc = kg_process("build", str(SAMPLES / "world_news.jsonl"), "--store", str(tmp_path / "s"), "--page", str(page))
    assert proc.returncode == 1 and "--force" in proc.stderr
    assert page.read_text(encoding="utf-8") == "analyst's own file"


def test_cli_seed_page_build_then_query(seed_path: Path, tmp_path: Path) -> None:
    """Acceptance: build the seed page, then SPARQL shows Russia supports North Korea with provenance."""
    store = tmp_path / "kg.store"
    result = runner.invoke(app, ["build", str(seed_path), "--store", str(store), "--no-page"])
    assert result.exit_code == 0, result.output
    q = """PREFIX kg: <https://kg.example.org/ns#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT ?sentence ?article ?dateline WHERE {
  GRAPH ?g { ?c kg:relation kg:supports ; kg:subject <http://www.wikidata.org/entity/Q159> ;
             kg:object <http://www.wikidata.org/entity/Q423> ; kg:sentence ?sentence ;
             prov:wasDerivedFrom ?article . }
  OPTIONAL { GRAPH ?m { ?article kg:dateline ?dateline } }
}"""
    result = runner.invoke(app, ["query", q, "--store", str(store), "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert rows, "Russia supports North Korea is missing"
    assert any("Noord-Korea" in r["sentence"] and r["dateline"] == "BRUSSEL" for r in rows)


@pytest.mark.parametrize("name", ["kg.trig", "kg.nq", "kg.ttl", "kg.jsonld", "actors.graphml", "actors.gexf"])
def test_cli_export_formats(tmp_path: Path, name: str) -> None:
    store = tmp_path / "kg.store"
    runner.invoke(app, ["build", str(SAMPLES / "world_news.jsonl"), "--store", str(store), "--no-page"])
    out = tmp_path / name
    result = runner.invoke(app, ["export", str(out), "--store", str(store)])
    assert result.exit_code == 0, result.output
    assert out.stat().st_size > 200


def test_cli_visualize_state_level_and_filters(tmp_path: Path) -> None:
    store = tmp_path / "kg.store"
    runner.invoke(app, ["build", str(SAMPLES), "--store", str(store), "--no-page"])
    out = tmp_path / "p.html"
    result = runner.invoke(
        app,
        [
            "visualize",
            "--store",
            str(store),
            "-o",
            str(out),
            "--level",
            "state",
            "--relation",
            "attacks",
            "--max-nodes",
            "50",
            "--since",
            "2020-01-01",
        ],
    )
    assert result.exit_code == 0, result.output
    assert out.is_file()


@pytest.mark.slow
def test_cli_setup_script_runs_in_both_modes() -> None:
    """The README's commands start with scripts/setup.sh; it must succeed as `make demo` runs it."""
    for args in ([], ["--dev"]):
        proc = subprocess.run(
            ["bash", str(ROOT / "scripts" / "setup.sh"), *args], capture_output=True, text=True, timeout=900
        )
        assert proc.returncode == 0, proc.stderr[-2000:]
