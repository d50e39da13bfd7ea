"""The graph page: what render_html writes, and how it behaves in a real headless Chromium."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pandas as pd
import pytest

import kg.visualize
from kg.errors import VisualizeError
from kg.visualize import layout, notebook_html, page_html, render_html
from tests.fixtures_viz import CHROMIUM, CHROMIUM_ARGS, HOSTILE_SENTENCE, IMG, SCRIPT, claim, claims_df

ARTIFACTS = Path(__file__).resolve().parents[1] / "output" / "test-artifacts"


def page_data(page: str) -> dict:
    raw = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page, re.S)
    assert raw
    return json.loads(raw.group(1))


# ---- the file -----------------------------------------------------------------------------


def test_visualize_page_is_self_contained(tmp_path: Path) -> None:
    page = render_html(claims_df(), tmp_path / "g.html").read_text(encoding="utf-8")
    assert not re.search(r"""(?:src|href|action)\s*=\s*["']?\s*(?:https?:)?//""", page, re.I)
    assert not re.search(r"""url\(\s*["']?(?:https?:)?//""", page, re.I)
    assert "@import" not in page
    assert "default-src 'none'" in page  # the CSP forbids fetching anything
    assert page.count("<script") == 4  # data, vis-network, app; plus a string inside vis-network's core-js
    assert "vis-network" in page and "cdn" not in page.lower().replace("cdnjs", "")


def test_visualize_hostile_text_never_reaches_markup_raw(tmp_path: Path) -> None:
    page = page_html(claims_df(), title=f"kg {SCRIPT}")
    assert SCRIPT not in page and IMG not in page
    assert "<img" not in page.lower()
    data = page_data(page)
    sentences = [c["sentence"] for c in data["claims"]]
    assert HOSTILE_SENTENCE in sentences  # the text survives intact, only encoded
    assert "&lt;script&gt;" in page.split("<title>")[1].split("</title>")[0]


def test_visualize_nodes_and_edges_aggregate_claims() -> None:
    data = page_data(page_html(claims_df()))
    labels = {n["label"] for n in data["nodes"]}
    assert {"Russia", "North Korea", "Vladimir Putin", "Kim Jong Un"} <= labels
    rus_prk = [e for e in data["edges"] if (e["from"], e["to"], e["rel"]) == ("Q159", "Q423", "supports")]
    assert len(rus_prk) == 1 and len(rus_prk[0]["claims"]) == 2
    assert all("title" not in n for n in data["nodes"])  # vis renders string titles as HTML
    # the negated claim is on the page as its own (initially hidden) edge, the rejected one as a claim
    assert any(e["neg"] for e in data["edges"])
    assert any(c["verdict"] == "rejected" for c in data["claims"])
    assert data["initial"]["showRejected"] is False


def test_visualize_state_level_rolls_people_up() -> None:
    data = page_data(page_html(claims_df(), level="state"))
    ids = {n["id"] for n in data["nodes"]}
    assert "Q7747" not in ids and "Q56226" not in ids
    coop = [e for e in data["edges"] if e["rel"] == "cooperates_with"]
    assert [(e["from"], e["to"]) for e in coop] == [("Q159", "Q423")]


def test_visualize_dutch_labels() -> None:
    data = page_data(page_html(claims_df(), lang="nl"))
    labels = {n["label"] for n in data["nodes"]}
    assert {"Rusland", "Noord-Korea", "NAVO"} <= labels
    assert data["strings"]["supports"] == "steunt"
    assert 'lang="nl"' in page_html(claims_df(), lang="nl")


def test_visualize_ego_network() -> None:
    data = page_data(page_html(claims_df(), actor="Ukraine", hops=1))
    assert {n["label"] for n in data["nodes"]} == {"Ukraine", "Russia", "NATO"}
    assert "Ukraine" in data["notice"]
    with pytest.raises(VisualizeError, match="Atlantis"):
        page_html(claims_df(), actor="Atlantis")


def test_visualize_max_nodes_keeps_top_actors_and_says_so() -> None:
    data = page_data(page_html(claims_df(), max_nodes=3))
    assert len(data["nodes"]) == 3
    assert "Russia" in {n["label"] for n in data["nodes"]}
    assert "3 best-connected" in data["notice"]


def test_visualize_small_pages_leave_layout_to_the_browser() -> None:
    data = page_data(page_html(claims_df()))
    assert data["fixed"] is False
    assert all("x" not in n for n in data["nodes"])


def test_visualize_large_pages_come_laid_out(monkeypatch) -> None:
    monkeypatch.setattr(kg.visualize, "PHYSICS_MAX_NODES", 3)
    data = page_data(page_html(claims_df()))
    assert data["fixed"] is True
    xy = [(n["x"], n["y"]) for n in data["nodes"]]
    assert all(isinstance(v, int) for p in xy for v in p)
    assert len(set(xy)) == len(xy)  # no two actors on one spot
    assert page_data(page_html(claims_df()))["nodes"] == data["nodes"]  # the same layout every time


def test_visualize_layout_spreads_a_large_graph_and_packs_components() -> None:
    import networkx as nx

    g = nx.barabasi_albert_graph(600, 2, seed=1)
    g.add_edges_from([("p1", "p2"), ("q1", "q2"), ("q1", "q3"), ("q1", "q4"), ("q1", "q5")])
    pos = layout(g)
    assert set(pos) == set(g)
    xs = sorted(x for x, _ in pos.values())
    ys = sorted(y for _, y in pos.values())
    assert xs[-1] - xs[0] > 1000 and ys[-1] - ys[0] > 1000  # spread out, not collapsed
    close = sum(1 for a, b in nx.utils.pairwise(sorted(pos.values())) if abs(a[0] - b[0]) < 2 and abs(a[1] - b[1]) < 2)
    assert close < 6
    assert abs(pos["p1"][0] - pos["p2"][0]) + abs(pos["p1"][1] - pos["p2"][1]) >= 50  # a dyad, apart
    hub = pos["q1"]
    ring = [pos[f"q{i}"] for i in range(2, 6)]
    centre = (sum(x for x, _ in ring) / 4, sum(y for _, y in ring) / 4)
    assert abs(hub[0] - centre[0]) < 2 and abs(hub[1] - centre[1]) < 2  # a star: its hub in the middle


def test_visualize_filters_by_relation_quad_and_date() -> None:
    only = page_data(page_html(claims_df(), relations=["attacks"]))
    assert {e["rel"] for e in only["edges"]} == {"attacks"}
    coop = page_data(page_html(claims_df(), quad_classes=["material_cooperation"]))
    assert {e["quad"] for e in coop["edges"]} == {"material_cooperation"}
    dated = page_data(page_html(claims_df(), since="2024-08-01", until="2024-08-31"))
    assert all("2024-08-01" <= c["date"] <= "2024-08-31" for c in dated["claims"])
    corrected = page_data(page_html(claims_df(), relations=["demands"]))
    assert [e["rel"] for e in corrected["edges"]] == ["demands"]  # counted under the correction


@pytest.mark.parametrize(
    "kwargs",
    [
        {"lang": "fr"},
        {"relations": ["hugs"]},
        {"quad_classes": ["peace"]},
        {"since": "last week"},
        {"min_claims": 0},
        {"min_confidence": 1.5},
        {"max_nodes": 0},
    ],
)
def test_visualize_rejects_bad_options(kwargs: dict) -> None:
    with pytest.raises(VisualizeError):
        page_html(claims_df(), **kwargs)


def test_visualize_empty_claims_still_render(tmp_path: Path) -> None:
    empty = claims_df().iloc[0:0]
    data = page_data(render_html(empty, tmp_path / "e.html").read_text(encoding="utf-8"))
    assert data["nodes"] == [] and data["edges"] == []


def test_visualize_notebook_html_is_srcdoc_iframe() -> None:
    pytest.importorskip("IPython")
    out = notebook_html(claims_df(), height=500)
    text = out.data
    assert text.startswith('<div class="kg-graph"><iframe srcdoc=') and 'sandbox="allow-scripts"' in text
    assert "<script" not in text.split("sandbox=")[0][:200]  # the page is attribute-escaped
    assert "height:500px" in text


# ---- the page in Chromium -----------------------------------------------------------------


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.skip("no /usr/bin/chromium; install Debian's chromium (apt-get install chromium)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright (python) is not installed")
    with sync_api.sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield b
        b.close()


class Loaded:
    def __init__(self, page, requests, errors, dialogs) -> None:
        self.page, self.requests, self.errors, self.dialogs = page, requests, errors, dialogs


def open_page(browser, path: Path, *, viewport=(1440, 900)) -> Loaded:
    context = browser.new_context(viewport={"width": viewport[0], "height": viewport[1]})
    requests: list[str] = []
    errors: list[str] = []
    dialogs: list[str] = []

    def route(r) -> None:
        if r.request.url.startswith(("file:", "data:")):
            r.continue_()
        else:
            r.abort()

    context.route("**/*", route)
    page = context.new_page()
    page.on("request", lambda req: requests.append(req.url))
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda exc: errors.append(str(exc)))

    def on_dialog(d) -> None:
        dialogs.append(d.message)
        d.dismiss()

    page.on("dialog", on_dialog)
    page.goto(path.resolve().as_uri())
    page.wait_for_function("window.kgReady === true", timeout=30_000)
    return Loaded(page, requests, errors, dialogs)


def hover_edge(page, edge_id: int) -> None:
    """Move the mouse onto the middle of a drawn edge, as an analyst would."""
    x, y = page.evaluate(
        """(id) => {
            const e = window.kgEdges.get(id);
            const pos = window.kgNetwork.getPositions([e.from, e.to]);
            const a = window.kgNetwork.canvasToDOM(pos[e.from]), b = window.kgNetwork.canvasToDOM(pos[e.to]);
            const box = document.getElementById('kg-network').getBoundingClientRect();
            return [box.left + (a.x + b.x) / 2, box.top + (a.y + b.y) / 2];
        }""",
        edge_id,
    )
    page.mouse.move(x - 40, y - 40)
    page.mouse.move(x, y, steps=4)


@pytest.mark.browser
def test_visualize_browser_loads_offline_and_hovers(browser, tmp_path: Path) -> None:
    path = render_html(claims_df(), tmp_path / "graph.html", title="kg · Russia and North Korea")
    loaded = open_page(browser, path)
    page = loaded.page
    labels = page.evaluate("window.kgNodes.get().map(n => n.label)")
    assert "Russia" in labels and "North Korea" in labels
    shown = page.evaluate("window.kgNodes.get({filter: n => !n.hidden}).map(n => n.label)")
    assert "Russia" in shown and "North Korea" in shown
    assert page.evaluate("window.kgNetwork.physics.physicsEnabled") is False  # stopped after stabilising
    edge = page.evaluate(
        "window.kgData.edges.find(e => e.from === 'Q159' && e.to === 'Q423' && e.rel === 'supports').id"
    )
    hover_edge(page, edge)
    page.wait_for_function(
        "document.getElementById('kg-panel').textContent.includes('Russia shares nuclear technology')", timeout=5_000
    )
    panel = page.inner_text("#kg-panel")
    assert "Moscow keeps sending fuel" in panel and "according to Mark Rutte" in panel
    assert "2024-06-19 – 2024-07-02" in panel and "hedged" in panel
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "graph.png"))
    assert not loaded.errors, loaded.errors
    assert not loaded.dialogs
    outside = [u for u in loaded.requests if not u.startswith(("file:", "data:"))]
    assert outside == []
    page.context.close()


@pytest.mark.browser
def test_visualize_browser_laid_out_page_is_static_and_hovers(browser, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(kg.visualize, "PHYSICS_MAX_NODES", 3)  # as a page with thousands of actors
    path = render_html(claims_df(), tmp_path / "fixed.html")
    loaded = open_page(browser, path)
    page = loaded.page
    assert page.evaluate("window.kgNetwork.physics.physicsEnabled") is False
    data_xy = page.evaluate("window.kgData.nodes.map(n => [n.id, n.x, n.y])")
    shown = page.evaluate("window.kgNetwork.getPositions()")
    assert len(shown) >= 5  # hidden actors (only rejected or negated claims) have no position yet
    assert all(shown[i] == {"x": x, "y": y} for i, x, y in data_xy if i in shown)  # drawn where kg put them
    edge = page.evaluate(
        "window.kgData.edges.find(e => e.from === 'Q159' && e.to === 'Q423' && e.rel === 'supports').id"
    )
    hover_edge(page, edge)
    page.wait_for_function(
        "document.getElementById('kg-panel').textContent.includes('Russia shares nuclear technology')", timeout=5_000
    )
    assert not loaded.errors, loaded.errors
    page.context.close()


@pytest.mark.browser
def test_visualize_browser_hostile_text_renders_as_text(browser, tmp_path: Path) -> None:
    path = render_html(claims_df(), tmp_path / "hostile.html", title=f"kg {SCRIPT}")
    loaded = open_page(browser, path)
    page = loaded.page
    edge = page.evaluate("window.kgData.edges.find(e => e.from === 'Q794' && e.to === 'Q846').id")
    hover_edge(page, edge)
    page.wait_for_function(
        "document.getElementById('kg-panel').textContent.includes('Iran attacks Qatar')", timeout=5_000
    )
    panel = page.inner_text("#kg-panel")
    assert SCRIPT in panel and IMG in panel  # shown literally
    assert page.evaluate("document.querySelectorAll('#kg-panel img, #kg-panel script').length") == 0
    assert page.evaluate("document.querySelectorAll('img').length") == 0
    assert page.evaluate("document.scripts.length") == 3
    assert page.title() == f"kg {SCRIPT}"
    page.evaluate("window.kgShowNode('kg:evil')")
    assert f"Evil {IMG}" in page.inner_text("#kg-panel")
    page.wait_for_timeout(300)
    assert loaded.dialogs == []
    assert not loaded.errors, loaded.errors
    page.context.close()


@pytest.mark.browser
def test_visualize_browser_filters(browser, tmp_path: Path) -> None:
    path = render_html(claims_df(), tmp_path / "filters.html")
    page = open_page(browser, path).page
    visible = "window.kgEdges.get({filter: e => !e.hidden}).length"
    total = page.evaluate(visible)
    page.uncheck("#kg-relations input[value=supports]")
    assert page.evaluate(visible) < total
    page.check("#kg-relations input[value=supports]")
    assert page.evaluate(visible) == total
    page.check("#kg-rejected")  # the rejected US sanctions claim appears
    assert page.evaluate(visible) == total + 1
    page.check("#kg-negated")  # and the negated China claim
    assert page.evaluate(visible) == total + 2
    # the confidence slider hides claims below it, except those an analyst confirmed
    page.evaluate(
        "(() => { const s = document.getElementById('kg-conf'); s.value = '0.85';"
        " s.dispatchEvent(new Event('input')); })()"
    )
    assert page.inner_text("#kg-conf-out") == "85%"
    left = page.evaluate("window.kgEdges.get({filter: e => !e.hidden}).map(e => e.from + '>' + e.to)")
    # all fixture claims are at 0.6-0.8; only the confirmed (1, 4) and corrected (8) ones stay
    assert sorted(left) == ["Q159>Q212", "Q159>Q423", "Q30>Q159"]
    page.click("#kg-reset")
    assert page.evaluate(visible) == total
    page.fill("#kg-since", "2024-08-01")
    assert page.evaluate(visible) < total
    page.click("#kg-reset")
    page.fill("#kg-search", "Ukraine")
    page.press("#kg-search", "Enter")
    page.check("#kg-ego")
    shown = set(page.evaluate("window.kgNodes.get({filter: n => !n.hidden}).map(n => n.label)"))
    assert shown == {"Ukraine", "Russia", "NATO"}
    page.context.close()


@pytest.mark.browser
def test_visualize_browser_notebook_iframe(browser, tmp_path: Path) -> None:
    pytest.importorskip("IPython")
    frame_html = notebook_html(claims_df(), height=600).data
    host = tmp_path / "notebook.html"
    host.write_text(f"<!DOCTYPE html><html><body>{frame_html}</body></html>", encoding="utf-8")
    context = browser.new_context(viewport={"width": 1200, "height": 700})
    page = context.new_page()
    page.goto(host.as_uri())
    frame = page.frames[1]
    frame.wait_for_function("window.kgReady === true", timeout=30_000)
    assert "Russia" in frame.evaluate("window.kgNodes.get().map(n => n.label)")
    context.close()


def test_visualize_accepts_minimal_columns(tmp_path: Path) -> None:
    df = pd.DataFrame([claim(1, "Q159", "supports", "Q423")])[["claim", "subject", "relation", "object"]]
    data = page_data(render_html(df, tmp_path / "m.html").read_text(encoding="utf-8"))
    assert {n["id"] for n in data["nodes"]} == {"Q159", "Q423"}


@pytest.mark.browser
def test_visualize_browser_seed_page_graph(browser, seed_path: Path, tmp_path: Path) -> None:
    """Acceptance (issue #7): the seed page's own graph, built by kg, offline in Chromium."""
    import kg

    page_path = tmp_path / "seed.html"
    kg.build([seed_path], store=tmp_path / "kg.store", page=page_path)
    loaded = open_page(browser, page_path)
    page = loaded.page
    shown = page.evaluate("window.kgNodes.get({filter: n => !n.hidden}).map(n => n.label)")
    assert "Russia" in shown and "North Korea" in shown
    edge = page.evaluate(
        "window.kgData.edges.find(e => e.from === 'Q159' && e.to === 'Q423' && e.rel === 'supports').id"
    )
    hover_edge(page, edge)
    page.wait_for_function("document.getElementById('kg-panel').textContent.includes('Noord-Korea')", timeout=5_000)
    assert "Rusland" in page.inner_text("#kg-panel")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "seed-graph.png"))
    assert not loaded.errors, loaded.errors
    assert [u for u in loaded.requests if not u.startswith(("file:", "data:"))] == []
    page.context.close()
