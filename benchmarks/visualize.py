"""How fast the graph page is made and drawn: synthetic claims for 200, 2,000 and 10,000 actors.

For each size it times page generation (claims DataFrame -> HTML file) and, in headless Chromium
(Debian's /usr/bin/chromium through Playwright), the time from navigation until the page is
interactive: for up to 300 actors, when vis-network's physics has stabilised
(``stabilizationIterationsDone``, after which the page switches physics off); above that kg lays
the graph out while generating the page, and the page is ready at its first drawing, physics off.
Each size runs with the default ``max_nodes=300`` (what ``kg visualize`` draws) and with every
actor drawn (``max_nodes=None``). The ``stabilised_*`` fields keep their names for comparison.

    python benchmarks/visualize.py [--sizes 200 2000 10000] [--out benchmarks/results/visualize.json]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import sys
import tempfile
import time
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.model import RELATIONS  # noqa: E402
from kg.visualize import render_html  # noqa: E402
from tests.fixtures_viz import CHROMIUM, CHROMIUM_ARGS  # noqa: E402  (the same browser settings as the tests)

TYPES = ["Country"] * 5 + ["Person"] * 3 + ["InternationalOrganization", "GovernmentBody", "ArmedGroup"]


def synthetic_claims(n_actors: int, *, claims_per_actor: float = 3.0, seed: int = 7) -> pd.DataFrame:
    """Claims among `n_actors` with a heavy-tailed degree distribution, as news coverage has."""
    rng = random.Random(seed)
    relations = list(RELATIONS)
    weights = [1.0 / (i + 1) ** 0.9 for i in range(n_actors)]  # a few actors are in most stories
    actors = [f"kg:a{i}" for i in range(n_actors)]
    rows = []
    for k in range(int(n_actors * claims_per_actor)):
        s = rng.choices(actors, weights)[0] if k % 2 else actors[k // 2 % n_actors]  # everyone appears
        o = rng.choices(actors, weights)[0]
        if o == s:
            o = actors[(actors.index(s) + 1) % n_actors]
        rel = rng.choice(relations)
        si, oi = int(s[4:]), int(o[4:])
        rows.append(
            {
                "claim": f"c-{k:07d}",
                "subject": s,
                "subject_label": f"Actor {si}",
                "subject_label_nl": f"Actor {si}",
                "subject_type": TYPES[si % len(TYPES)],
                "subject_code": "",
                "subject_state": s,
                "subject_state_label": f"Actor {si}",
                "subject_text": f"Actor {si}",
                "relation": rel,
                "quad_class": RELATIONS[rel][0],
                "cameo": RELATIONS[rel][1][0],
                "object": o,
                "object_label": f"Actor {oi}",
                "object_label_nl": f"Actor {oi}",
                "object_type": TYPES[oi % len(TYPES)],
                "object_code": "",
                "object_state": o,
                "object_state_label": f"Actor {oi}",
                "object_text": f"Actor {oi}",
                "attributed_to": None,
                "attributed_to_label": None,
                "negated": rng.random() < 0.05,
                "hedged": rng.random() < 0.1,
                "confidence": round(rng.uniform(0.4, 1.0), 2),
                "sentence": f"Actor {si} {rel.replace('_', ' ')} Actor {oi}, officials said on state television.",
                "char_start": 0,
                "char_end": 80,
                "article": f"a-{k // 5:07d}",
                "title": f"Article {k // 5}",
                "dateline": "DOHA",
                "agency": "ANP/RTR",
                "date": f"2024-{1 + k % 12:02d}-{1 + k % 28:02d}",
                "source": "synthetic",
                "language": "en",
                "extractor": "synthetic",
                "verdict": rng.choice([None] * 8 + ["confirmed", "rejected"]),
                "corrected_relation": None,
                "note": None,
            }
        )
    return pd.DataFrame(rows)


def time_in_chromium(browser, path: Path, timeout_s: float) -> dict[str, float | str]:
    context = browser.new_context(viewport={"width": 1440, "height": 900})
    context.route("**/*", lambda r: r.continue_() if r.request.url.startswith(("file:", "data:")) else r.abort())
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    t0 = time.perf_counter()
    page.goto(path.as_uri(), wait_until="load", timeout=timeout_s * 1000)
    loaded = time.perf_counter() - t0
    try:
        # a selector wait, not wait_for_function: the page's CSP forbids the eval that polling uses
        page.wait_for_selector("body[data-kg-ready]", state="attached", timeout=timeout_s * 1000)
    except Exception as exc:  # noqa: BLE001 - a timeout is a result here
        print(f"  {path.name}: {str(exc).splitlines()[0]}", file=sys.stderr)
        context.close()
        return {"load_s": round(loaded, 3), "stabilised_s": f"> {timeout_s:.0f} (timed out)"}
    wall = time.perf_counter() - t0
    in_page = page.evaluate("window.kgStabilizedAt / 1000")  # since navigation start
    page.evaluate("new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")  # first frame
    drawn = time.perf_counter() - t0
    context.close()
    return {
        "load_s": round(loaded, 3),
        "stabilised_s": round(in_page, 3),
        "stabilised_wall_s": round(wall, 3),
        "first_render_after_stabilised_s": round(drawn, 3),
        "page_errors": len(errors),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[200, 2000, 10000])
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "visualize.json")
    ap.add_argument("--timeout", type=float, default=180.0, help="seconds to wait for one page to stabilise")
    ap.add_argument("--no-browser", action="store_true")
    args = ap.parse_args()

    browser = pw = None
    if not args.no_browser and CHROMIUM.exists():
        from playwright.sync_api import sync_playwright

        pw = sync_playwright().start()
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.sizes:
            claims = synthetic_claims(n)
            for max_nodes in (300, None):
                if max_nodes is not None and n <= max_nodes:
                    continue
                path = Path(tmp) / f"graph-{n}-{max_nodes}.html"
                t0 = time.perf_counter()
                render_html(claims, path, max_nodes=max_nodes, title=f"benchmark {n}")
                gen = time.perf_counter() - t0
                page = json.loads(
                    path.read_text(encoding="utf-8").split('id="kg-data">', 1)[1].split("</script>", 1)[0]
                )
                row: dict[str, object] = {
                    "actors": n,
                    "claims": len(claims),
                    "max_nodes": max_nodes,
                    "nodes_drawn": len(page["nodes"]),
                    "edges_drawn": len(page["edges"]),
                    "laid_out_by": "kg" if page.get("fixed") else "vis physics",
                    "generation_s": round(gen, 3),
                    "page_mb": round(path.stat().st_size / 1e6, 2),
                }
                if browser is not None:
                    row.update(time_in_chromium(browser, path, args.timeout))
                results.append(row)
                print(json.dumps(row), flush=True)
    if browser is not None:
        browser.close()
        pw.stop()
    report = {
        "benchmark": "visualize",
        "target": "2,000-actor page interactive (drawn, physics off) within 5 s",
        "machine": {
            "python": platform.python_version(),
            "cpus": os.cpu_count(),
            "platform": platform.platform(),
            "load_average_1min_at_end": round(os.getloadavg()[0], 2),
        },
        "results": results,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
