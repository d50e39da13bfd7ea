"""Annotations: persistence across reopen and rebuild, corrections and rejections in edges and the page,
the review widget, export, the CLI twins, and two processes sharing one store."""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

import kg
from kg.annotate import annotate, annotations, annotations_text, edges, export_annotations, reviewed_claims
from kg.cli import app
from kg.errors import AnnotationError, StoreLockedError
from kg.model import Annotation, Article
from kg.review import ReviewWidget, sentence_html
from kg.store import Store
from kg.visualize import page_html

from .conftest import SAMPLES
from .fixtures_store import (  # noqa: F401  (fixtures)
    NORTH_KOREA,
    RUSSIA,
    add_corpus,
    claim,
    env_with_worktree,
    oxigraph_server,
    store,
)

runner = CliRunner()


def claim_id(s: Store, subject: str, relation: str, obj: str) -> str:
    df = s.claims_df()
    hit = df[(df.subject == subject) & (df.relation == relation) & (df.object == obj)]
    assert len(hit) == 1, hit
    return str(hit.claim.iloc[0])


def page_data(df: object, **options: object) -> dict:  # type: ignore[type-arg]
    text = page_html(df, **options)  # type: ignore[arg-type]
    m = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', text, re.S)
    assert m is not None
    return json.loads(m.group(1))  # type: ignore[no-any-return]


@pytest.fixture()
def filled(store: Store) -> Store:  # noqa: F811
    add_corpus(store)
    return store


@pytest.fixture()
def local(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "kg.store") as s:
        add_corpus(s)
        yield s


# --------------------------------------------------------------------------- persistence


def test_annotate_survives_close_and_reopen(tmp_path: Path) -> None:
    path = tmp_path / "kg.store"
    with kg.KnowledgeGraph.open(path) as graph:
        add_corpus(graph.store)
        target = claim_id(graph.store, "Q159", "supports", "Q423")
        (made,) = graph.annotate(target, verdict="confirmed", note="seen in two sources", analyst="anna")
    with kg.KnowledgeGraph.open(path, read_only=True) as graph:
        df = graph.annotations()
        row = df[df.annotation == made.id].iloc[0]
        assert (row.target, row.verdict, row.note, row.analyst) == (target, "confirmed", "seen in two sources", "anna")
        assert row.subject_label == "Russia" and row.object_label == "North Korea" and row.motivation == "assessing"
        claims = graph.claims()
        assert claims.set_index("claim").loc[target, "verdict"] == "confirmed"
        # a W3C Web Annotation, reachable by plain SPARQL
        q = (
            "PREFIX oa: <http://www.w3.org/ns/oa#> SELECT ?a WHERE { GRAPH ?g { ?a a oa:Annotation ; "
            "oa:hasTarget ?t ; oa:motivatedBy oa:assessing } }"
        )
        assert len(graph.query_df(q)) == 1


def test_annotate_stays_on_the_same_claim_after_kg_build_again(tmp_path: Path) -> None:
    store_dir, page = tmp_path / "kg.store", tmp_path / "graph.html"
    first = runner.invoke(app, ["build", str(SAMPLES), "--store", str(store_dir), "--page", str(page)])
    assert first.exit_code == 0, first.output
    with kg.KnowledgeGraph.open(store_dir) as graph:
        before = graph.claims()
        if before.empty:
            pytest.fail("the bundled samples gave no claims; the English pipeline should find some")
        target = str(before.claim.iloc[0])
        graph.annotate(target, verdict="rejected", note="misread")
    again = runner.invoke(app, ["build", str(SAMPLES), "--store", str(store_dir), "--page", str(page), "--force"])
    assert again.exit_code == 0, again.output
    with kg.KnowledgeGraph.open(store_dir, read_only=True) as graph:
        after = graph.claims().set_index("claim")
        assert set(after.index) == set(before.claim)  # content-hash ids: same text, same claims
        assert after.loc[target, "verdict"] == "rejected" and after.loc[target, "note"] == "misread"
        assert list(graph.annotations().target) == [target]


# --------------------------------------------------------------------------- corrections and rejections


def test_annotate_correction_changes_edges_and_page_keeps_the_claim(filled: Store) -> None:
    target = claim_id(filled, "Q159", "attacks", "Q212")
    annotate(filled, target, verdict="corrected", relation="threatens", note="only a warning")
    e = edges(filled)
    row = e[(e.subject == "Q159") & (e.object == "Q212")]
    assert list(row.relation) == ["threatens"]
    assert row.iloc[0]["extracted_as"] == ("attacks",) and row.iloc[0]["corrected"] == 1
    assert row.iloc[0]["claims"] == (target,) and row.iloc[0]["quad_class"] == "verbal_conflict"
    # the original claim is still there, as extracted
    assert filled.claims_df().set_index("claim").loc[target, "relation"] == "attacks"
    data = page_data(filled.claims_df())
    drawn = [x for x in data["edges"] if x["from"] == "Q159" and x["to"] == "Q212"]
    assert [x["rel"] for x in drawn] == ["threatens"]
    shown = data["claims"][drawn[0]["claims"][0]]
    assert (shown["id"], shown["verdict"], shown["orig"]) == (target, "corrected", "attacks")


def test_annotate_rejected_edges_are_hidden_by_default(filled: Store) -> None:
    target = claim_id(filled, "Q7184", "criticizes", "Q794")
    annotate(filled, target, verdict="rejected")
    assert not ((edges(filled).subject == "Q7184") & (edges(filled).relation == "criticizes")).any()
    shown = edges(filled, include_rejected=True)
    assert shown[(shown.subject == "Q7184")].iloc[0]["verdicts"] == "1 rejected"
    assert not kg.KnowledgeGraph(filled).to_networkx().has_edge("Q7184", "Q794")
    data = page_data(filled.claims_df())
    assert data["initial"]["showRejected"] is False
    assert [c["verdict"] for c in data["claims"] if c["id"] == target] == ["rejected"]
    # a later comment adds a note but does not undo the rejection
    annotate(filled, target, verdict="comment", note="asked the desk")
    again = reviewed_claims(filled).set_index("claim").loc[target]
    assert (again["verdict"], again["note"]) == ("rejected", "asked the desk")
    assert not (edges(filled).subject == "Q7184").any()


def test_annotate_an_edge_annotates_each_of_its_claims(filled: Store) -> None:
    made = annotate(filled, ("Russia", "supports", "noord-korea"), verdict="confirmed", analyst="bo")
    assert [a.target for a in made] == [claim_id(filled, "Q159", "supports", "Q423")]
    e = edges(filled, actor="Russia")
    assert e[e.object == "Q423"].iloc[0]["verdicts"] == "1 confirmed"
    with pytest.raises(AnnotationError, match="relations between them: supports"):
        annotate(filled, ("Q159", "attacks", "Q423"), verdict="rejected")
    with pytest.raises(AnnotationError, match="no claim has actor 'Atlantis'"):
        annotate(filled, ("Atlantis", "supports", "Q423"), verdict="rejected")


def test_annotate_a_batch_is_written_whole_or_not_at_all(local: Store) -> None:
    good = claim_id(local, "Q159", "supports", "Q423")
    batch = [
        Annotation(target=good, verdict="confirmed", analyst="bo"),
        Annotation(target="c-0000000000000000", verdict="confirmed", analyst="bo"),
    ]
    with pytest.raises(AnnotationError, match="c-0000000000000000 is not a claim"):
        local.add_annotations(batch)
    assert local.annotations_df().empty  # the good one was not written either
    written = local.add_annotations(batch[:1] + [Annotation(target=good, verdict="comment", note="two", analyst="bo")])
    assert len(written) == 2
    assert sorted(local.annotations_df().verdict) == ["comment", "confirmed"]


@pytest.mark.parametrize(
    ("target", "options", "message"),
    [
        ("c-0000000000000000", {"verdict": "confirmed"}, "not a claim"),
        ("X", {"verdict": "confirmed"}, "not a claim id"),
        ("X", {"verdict": "maybe"}, "unknown verdict 'maybe'"),
        ("X", {"verdict": "corrected"}, "needs the right relation"),
        ("X", {"verdict": "corrected", "relation": "hugs"}, "needs the right relation"),
        ("X", {"verdict": "confirmed", "relation": "attacks"}, "only goes with verdict='corrected'"),
    ],
)
def test_annotate_bad_input_raises_annotation_error(local: Store, target: str, options: dict, message: str) -> None:  # type: ignore[type-arg]
    with pytest.raises(AnnotationError, match=message):
        annotate(local, target, **options)
    assert local.annotations_df().empty


def test_annotate_edges_filters_and_levels(filled: Store) -> None:
    e = edges(filled)
    assert list(e.columns[:5]) == ["subject", "subject_label", "relation", "object", "object_label"]
    assert not e.negated.any()  # "Rusland steunt Iran niet" draws no edge ...
    assert edges(filled, include_negated=True).negated.sum() == 1  # ... unless asked
    assert set(edges(filled, relation="attacks").relation) == {"attacks"}
    assert set(edges(filled, quad_class="verbal_conflict").relation) == {"criticizes"}
    assert set(edges(filled, since=date(2025, 3, 10)).subject) == {"Q794", "Q7184", "kg:houthis"}
    annotate(filled, claim_id(filled, "Q794", "attacks", "Q846"), verdict="confirmed")
    assert list(edges(filled, status="reviewed").subject) == ["Q794"]
    assert edges(filled, actor="Nobody").empty


# --------------------------------------------------------------------------- export


def test_annotate_export_csv_and_jsonl(local: Store, tmp_path: Path) -> None:
    target = claim_id(local, "Q159", "supports", "Q423")
    annotate(local, target, verdict="comment", note='quote "this", and, commas\nnewline', analyst="é")
    annotate(local, target, verdict="confirmed", analyst="é")
    rows = list(csv.DictReader(io.StringIO(export_annotations(local, tmp_path / "a.csv").read_text("utf-8"))))
    assert [r["verdict"] for r in rows] == ["comment", "confirmed"]
    assert rows[0]["note"] == 'quote "this", and, commas\nnewline' and rows[0]["analyst"] == "é"
    assert rows[1]["note"] == "" and rows[1]["subject_label"] == "Russia"
    lines = (export_annotations(local, tmp_path / "out" / "a.jsonl").read_text("utf-8")).splitlines()
    records = [json.loads(line) for line in lines]
    assert records[1]["note"] is None and records[1]["created"].startswith(str(date.today().year)[:2])
    assert len(annotations(local, verdict="confirmed")) == 1 and annotations(local, analyst="x").empty
    with pytest.raises(AnnotationError, match="name it .csv or .jsonl"):
        export_annotations(local, tmp_path / "a.xlsx")
    assert annotations_text(annotations(local, target="c-none"), "csv").startswith("annotation,target,verdict")


# --------------------------------------------------------------------------- the review widget


def test_review_widget_methods_write_annotations(local: Store) -> None:
    widget = ReviewWidget(local, analyst="rev")
    assert len(widget) == 6 and widget.progress_text == "0 of 6 reviewed"
    first = widget.current
    assert first is not None
    widget.confirm(note="fine")
    assert widget.index == 1 and widget.progress_text == "1 of 6 reviewed"
    second = widget.current
    widget.reject(note="no")
    third = widget.current
    widget.correct("criticizes")
    widget.previous()
    widget.comment("checked again")
    assert widget.index == 2  # a comment stays put
    df = local.annotations_df()
    assert list(df.verdict) == ["confirmed", "rejected", "corrected", "comment"]
    assert list(df.target) == [first["claim"], second["claim"], third["claim"], third["claim"]]  # type: ignore[index]
    assert set(df.analyst) == {"rev"} and df.corrected_relation.iloc[2] == "criticizes"
    # reopened, reviewed claims come last: unreviewed first
    again = ReviewWidget(local)
    assert again.progress == (3, 6)
    assert [v is None for v in again.claims.verdict] == [True, True, True, False, False, False]
    again.next(unreviewed=True)
    assert again.index == 1
    with pytest.raises(AnnotationError, match="pick the right relation"):
        again.correct("hugs")
    empty = ReviewWidget(local, status="confirmed", relation="attacks")
    assert empty.current is None and empty.progress_text == "0 of 0 reviewed"
    with pytest.raises(AnnotationError, match="no claim to review"):
        empty.confirm()


def test_review_widget_buttons_and_escaped_sentence(tmp_path: Path) -> None:
    pytest.importorskip("ipywidgets")
    text = 'Rusland <img src=x onerror="alert(1)"> steunt Noord-Korea & Iran.'
    art = Article.from_text(text, language="nl", date=date(2025, 1, 2))
    with Store.open(tmp_path / "kg.store") as s:
        s.add(art, [claim(art, RUSSIA, "supports", NORTH_KOREA, text)], extractor="t", extractor_version="1")
        widget = ReviewWidget(s, analyst="kb")
        box = widget.box
        assert box is not None
        shown = widget._ui["sentence"].value  # type: ignore[index]
        assert "<img" not in shown and "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;" in shown
        assert "&amp; Iran" in shown and 'title="subject">Rusland</mark>' in shown
        buttons = {b.description: b for b in widget._ui["buttons"]}  # type: ignore[index]
        assert all(b.tooltip for b in buttons.values())  # every button says what it does
        widget._ui["relation"].value = "attacks"  # type: ignore[index]
        widget._ui["note"].value = "<b>really</b>"  # type: ignore[index]
        buttons["Correct"].click()
        assert "saved: corrected as attacks" in widget._ui["status"].value  # type: ignore[index]
        assert widget._ui["note"].value == ""  # type: ignore[index]
        buttons["Comment"].click()  # no note: the error shows in the widget, nothing is raised
        assert "needs a note" in widget._ui["status"].value  # type: ignore[index]
        assert "1 of 1 reviewed" in widget._ui["header"].value  # type: ignore[index]
        assert "&lt;b&gt;really&lt;/b&gt;" in widget._ui["details"].value  # type: ignore[index]
        (row,) = s.annotations_df().to_dict("records")
        assert (row["verdict"], row["corrected_relation"], row["note"]) == ("corrected", "attacks", "<b>really</b>")


def test_review_sentence_html_marks_actors_and_cue_once() -> None:
    out = sentence_html("Iran and Iran's ally met Iran.", subject="Iran", object="Iran", cue="met")
    assert out.count("<mark") == 3 and out.count('title="subject"') == 1 and out.count('title="object"') == 1
    assert sentence_html("a < b", subject="", object="x") == "a &lt; b"


# --------------------------------------------------------------------------- CLI


@pytest.mark.parametrize("command", ["annotate", "annotations"])
def test_cli_annotate_help(command: str) -> None:
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0 and "Usage" in result.output


def test_cli_annotate_and_annotations(tmp_path: Path) -> None:
    path = tmp_path / "kg.store"
    with Store.open(path) as s:
        add_corpus(s)
        target = claim_id(s, "Q159", "attacks", "Q212")
    result = runner.invoke(
        app,
        [
            "annotate",
            target,
            "--verdict",
            "corrected",
            "--relation",
            "threatens",
            "--note",
            "a warning, not a strike",
            "--analyst",
            "cli",
            "--store",
            str(path),
        ],
    )
    assert result.exit_code == 0, result.output
    assert result.output.split("\t")[1:] == [target, "corrected", "threatens\n"]
    as_csv = runner.invoke(app, ["annotations", "--store", str(path)])
    (row,) = list(csv.DictReader(io.StringIO(as_csv.output)))
    assert (row["target"], row["corrected_relation"], row["note"], row["analyst"]) == (
        target,
        "threatens",
        "a warning, not a strike",
        "cli",
    )
    as_jsonl = runner.invoke(app, ["annotations", "--store", str(path), "--format", "jsonl"])
    assert json.loads(as_jsonl.output)["verdict"] == "corrected"
    table = runner.invoke(app, ["annotations", "--store", str(path), "-f", "table"])
    assert table.exit_code == 0 and "threatens" in table.output
    bad = runner.invoke(app, ["annotations", "--store", str(path), "-f", "xml"])
    assert bad.exit_code == 1
    missing = runner.invoke(app, ["annotate", target, "--verdict", "confirmed", "--store", str(tmp_path / "nope")])
    assert missing.exit_code == 1 and not (tmp_path / "nope").exists()


def kg_cli(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kg", *args], capture_output=True, text=True, env=env_with_worktree(), timeout=timeout
    )


def test_cli_annotate_user_errors_are_one_line(local: Store) -> None:
    location = local.location
    local.close()
    result = kg_cli("annotate", "c-0000000000000000", "--verdict", "confirmed", "--store", location)
    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr.count("\n") == 1 and "is not a claim" in result.stderr and "Traceback" not in result.stderr


# --------------------------------------------------------------------------- two processes, one store

HOLDER = """
import sys
from kg.model import Annotation
from kg.store import Store
with Store.open(sys.argv[1]) as s:
    s.add_annotation(Annotation(target=sys.argv[2], verdict="confirmed", analyst="notebook"))
    print("holding", flush=True)
    sys.stdin.readline()  # hold the store until the test says so
print("released", flush=True)
"""


def test_annotate_while_another_process_holds_the_store(tmp_path: Path) -> None:
    path = tmp_path / "kg.store"
    with Store.open(path) as s:
        add_corpus(s)
        first, second = claim_id(s, "Q159", "supports", "Q423"), claim_id(s, "Q159", "attacks", "Q212")
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path), first],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env_with_worktree(),
    )
    try:
        assert holder.stdout is not None and holder.stdin is not None
        assert holder.stdout.readline().strip() == "holding"

        locked = kg_cli("annotate", second, "--verdict", "rejected", "--store", str(path))
        assert locked.returncode == 1, locked.stderr
        assert locked.stderr.count("\n") == 1 and "Traceback" not in locked.stderr
        assert "in use by another process" in locked.stderr and "--wait" in locked.stderr

        # reading alongside the writer works
        listed = kg_cli("annotations", "--store", str(path), "--format", "jsonl")
        assert listed.returncode == 0, listed.stderr

        # --wait: the CLI retries the open until the holder lets go, then writes
        waiting = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "kg",
                "annotate",
                second,
                "--verdict",
                "rejected",
                "--note",
                "after the wait",
                "--store",
                str(path),
                "--wait",
                "60",
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env_with_worktree(),
        )
        time.sleep(3)
        assert waiting.poll() is None  # still waiting for the lock
        holder.stdin.write("\n")
        holder.stdin.flush()
        assert holder.stdout.readline().strip() == "released"
        out, err = waiting.communicate(timeout=90)
        assert waiting.returncode == 0, err
    finally:
        if holder.poll() is None:
            holder.kill()
        holder.wait(timeout=30)
    with Store.open(path, read_only=True) as s:
        df = s.annotations_df()
        assert list(zip(df.target, df.verdict, strict=True)) == [(first, "confirmed"), (second, "rejected")]
        assert df.analyst.iloc[0] == "notebook" and df.note.iloc[-1] == "after the wait"


def test_annotate_open_store_waits_then_fails_clearly(local: Store) -> None:
    from kg.annotate import open_store

    started = time.monotonic()
    with pytest.raises(StoreLockedError, match=r"in use by another process .*after waiting 0.5 s"):
        open_store(local.location, wait=0.5, poll=0.1)
    assert time.monotonic() - started >= 0.5
    with open_store(local.location, read_only=True) as reader:  # readers never wait
        assert reader.counts()["claims"] == 6
