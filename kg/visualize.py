"""The graph as one self-contained HTML page, readable offline and safe with hostile text.

The page is drawn by vis-network, the library pyvis wraps, taken from the copy that the pyvis
package ships (``pyvis/lib/vis-9.1.2``) and inlined, so the page loads nothing from the web.
kg writes its own page rather than pyvis's template because that template pulls Bootstrap and
Tom Select from CDNs, passes ``title`` strings that vis-network renders as HTML, and pyvis's
``add_edge`` is quadratic in the number of edges.

Article text travels as JSON inside ``<script type="application/json">`` (with ``<``, ``>``
and ``&`` escaped) and reaches the DOM only through ``textContent``; a Content-Security-Policy
allows just the page's own scripts (by hash), so an injected ``onerror=`` could not run even if
it reached the markup.

>>> import pandas as pd, tempfile, pathlib
>>> df = pd.DataFrame([dict(claim="c-1", subject="Q159", subject_label="Russia", subject_type="Country",
...     relation="supports", object="Q423", object_label="North Korea", object_type="Country",
...     sentence="Russia supports North Korea.", date="2024-06-19")])
>>> out = render_html(df, pathlib.Path(tempfile.mkdtemp()) / "graph.html")
>>> "North Korea" in out.read_text(encoding="utf-8")
True
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import math
import re
from collections.abc import Iterable
from datetime import date
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import networkx as nx
import numpy as np
import pandas as pd

from kg.errors import VisualizeError
from kg.graph import CLAIM_COLUMNS, Level, _flag, _records, _text, ego_graph, to_networkx, top_actors
from kg.model import QUAD_CLASSES, RELATIONS

if TYPE_CHECKING:
    from IPython.display import HTML

__all__ = ["render_html", "page_html", "notebook_html", "show", "layout", "VIS_VERSION"]

VIS_VERSION = "9.1.2"

QUAD_STYLE = {  # blue = cooperation, red/orange = conflict; light = verbal, dark = material
    "verbal_cooperation": ("#5aa9dc", "#2f7fb5"),
    "material_cooperation": ("#1f5fa8", "#123e72"),
    "verbal_conflict": ("#f0a03c", "#c0740f"),
    "material_conflict": ("#c8102e", "#8a0a1f"),
}
# type -> (vis shape, css shape, fill, border)
TYPE_STYLE = {
    "Country": ("dot", "dot", "#4a5f86", "#2c3b58"),
    "InternationalOrganization": ("square", "square", "#8e6bbf", "#5e3f8c"),
    "GovernmentBody": ("hexagon", "hexagon", "#3a8d8c", "#22605f"),
    "Person": ("diamond", "diamond", "#6a994e", "#466b31"),
    "ArmedGroup": ("triangle", "triangle", "#8c564b", "#5e3830"),
    "Other": ("dot", "dot", "#a3a9b3", "#6d737c"),
}

LABELS: dict[str, dict[str, str]] = {
    "en": {
        "appeals_to": "appeals to",
        "consults": "consults",
        "cooperates_with": "cooperates with",
        "supports": "supports",
        "yields_to": "yields to",
        "investigates": "investigates",
        "demands": "demands",
        "criticizes": "criticizes",
        "rejects": "rejects",
        "threatens": "threatens",
        "protests": "protests",
        "mobilizes_against": "mobilizes against",
        "sanctions": "sanctions",
        "coerces": "coerces",
        "attacks": "attacks",
        "verbal_cooperation": "Verbal cooperation",
        "material_cooperation": "Material cooperation",
        "verbal_conflict": "Verbal conflict",
        "material_conflict": "Material conflict",
        "Country": "Country",
        "InternationalOrganization": "Organisation",
        "GovernmentBody": "Government body",
        "Person": "Person",
        "ArmedGroup": "Armed group",
        "Other": "Other",
        "filters": "Filters",
        "actor": "Actor",
        "onlyNeighbourhood": "Only its neighbourhood, hops:",
        "minClaims": "Minimum claims per edge:",
        "minConfidence": "Minimum confidence:",
        "from": "From",
        "until": "Until",
        "showRejected": "Show rejected claims",
        "showNegated": "Show negated claims",
        "emphasiseConfirmed": "Emphasise confirmed edges",
        "reset": "Reset",
        "relations": "Relations (edge colour; width = claims)",
        "actorTypes": "Actors",
        "sizeHint": "Node size grows with the number of partners.",
        "panelHint": "Hover or click an edge to read its claims and sources; click an actor to list its relations.",
        "negatedLegend": "negated claim (dashed)",
        "stats": "{nodes} actors · {edges} edges · {claims} claims",
        "layingOut": "Laying out {n} actors…",
        "edgeMeta": "{n} claim(s) · {quad}",
        "nodeMeta": "{n} visible relation(s)",
        "filteredOut": "{n} hidden by filters",
        "according": "according to {who}",
        "negated": "negated",
        "hedged": "hedged",
        "confirmed": "confirmed",
        "rejected": "rejected",
        "corrected": "corrected",
        "was": "extracted as: {rel}",
        "confidence": "confidence {c}",
        "not": "not",
        "truncated": "Showing the {shown} best-connected of {total} actors; filter or pick an actor to see the rest.",
        "ego": "Neighbourhood of {actor} ({hops} hop(s)).",
    },
    "nl": {
        "appeals_to": "doet beroep op",
        "consults": "overlegt met",
        "cooperates_with": "werkt samen met",
        "supports": "steunt",
        "yields_to": "geeft toe aan",
        "investigates": "onderzoekt",
        "demands": "eist van",
        "criticizes": "bekritiseert",
        "rejects": "wijst af",
        "threatens": "bedreigt",
        "protests": "protesteert tegen",
        "mobilizes_against": "mobiliseert tegen",
        "sanctions": "sanctioneert",
        "coerces": "dwingt",
        "attacks": "valt aan",
        "verbal_cooperation": "Verbale samenwerking",
        "material_cooperation": "Materiële samenwerking",
        "verbal_conflict": "Verbaal conflict",
        "material_conflict": "Materieel conflict",
        "Country": "Land",
        "InternationalOrganization": "Organisatie",
        "GovernmentBody": "Overheidsorgaan",
        "Person": "Persoon",
        "ArmedGroup": "Gewapende groep",
        "Other": "Overig",
        "filters": "Filters",
        "actor": "Actor",
        "onlyNeighbourhood": "Alleen de omgeving, stappen:",
        "minClaims": "Minimum aantal claims per relatie:",
        "minConfidence": "Minimale zekerheid:",
        "from": "Vanaf",
        "until": "Tot en met",
        "showRejected": "Toon afgewezen claims",
        "showNegated": "Toon ontkende claims",
        "emphasiseConfirmed": "Benadruk bevestigde relaties",
        "reset": "Herstel",
        "relations": "Relaties (kleur; dikte = claims)",
        "actorTypes": "Actoren",
        "sizeHint": "Hoe meer partners, hoe groter de knoop.",
        "panelHint": (
            "Beweeg over of klik op een relatie voor de claims en bronnen; klik op een actor voor zijn relaties."
        ),
        "negatedLegend": "ontkende claim (gestreept)",
        "stats": "{nodes} actoren · {edges} relaties · {claims} claims",
        "layingOut": "{n} actoren worden geplaatst…",
        "edgeMeta": "{n} claim(s) · {quad}",
        "nodeMeta": "{n} zichtbare relatie(s)",
        "filteredOut": "{n} verborgen door filters",
        "according": "volgens {who}",
        "negated": "ontkend",
        "hedged": "voorbehoud",
        "confirmed": "bevestigd",
        "rejected": "afgewezen",
        "corrected": "gecorrigeerd",
        "was": "geëxtraheerd als: {rel}",
        "confidence": "zekerheid {c}",
        "not": "niet",
        "truncated": (
            "De {shown} best verbonden van {total} actoren worden getoond; filter of kies een actor voor de rest."
        ),
        "ego": "Omgeving van {actor} ({hops} stap(pen)).",
    },
}


def _type_key(raw: str) -> str:
    t = raw.casefold()
    if t in {"country", "state", "sovereign state"} or t.endswith("country"):
        return "Country"
    if "person" in t or "human" in t:
        return "Person"
    if "armed" in t or "militia" in t or "rebel" in t or "terror" in t:
        return "ArmedGroup"
    if "government" in t or "ministry" in t or "body" in t or "military" in t or "parliament" in t:
        return "GovernmentBody"
    if "organi" in t or "alliance" in t or "igo" in t or "union" in t or "company" in t or "ngo" in t:
        return "InternationalOrganization"
    return "Other"


def _asset(name: str) -> str:
    return (resources.files("kg") / "static" / name).read_text(encoding="utf-8")


def _vis_js() -> str:
    try:
        js = (resources.files("pyvis") / "lib" / f"vis-{VIS_VERSION}" / "vis-network.min.js").read_text(
            encoding="utf-8"
        )
    except (ModuleNotFoundError, FileNotFoundError) as exc:
        raise VisualizeError(
            f"vis-network {VIS_VERSION} is missing from the pyvis package; "
            "install pyvis==0.3.2 (pip install pyvis==0.3.2)"
        ) from exc
    if "</script" in js.lower():  # would end the inline <script> early
        raise VisualizeError("the bundled vis-network.min.js contains '</script'; it cannot be inlined")
    return js


def _json_for_script(obj: Any) -> str:
    """JSON that cannot close its <script> element or open a comment, whatever the text holds."""
    text = json.dumps(obj, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return (
        text.replace("&", "\\u0026")
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def _csp_hash(script: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii") + "'"


def _iso(value: date | str | None, name: str) -> str:
    if value is None or value == "":
        return ""
    text = value.isoformat() if isinstance(value, date) else str(value)
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text[:10]):
        raise VisualizeError(f"{name} must be a date like 2024-06-19, got {value!r}")
    return text[:10]


def _check_choice(values: Iterable[str] | None, valid: Iterable[str], name: str) -> list[str] | None:
    if values is None:
        return None
    values = [values] if isinstance(values, str) else list(values)
    valid = list(valid)
    bad = [v for v in values if v not in valid]
    if bad:
        raise VisualizeError(f"unknown {name} {', '.join(map(repr, bad))}; valid: {', '.join(valid)}")
    return values


def _select(
    claims: pd.DataFrame, relations: list[str] | None, quads: list[str] | None, since: str, until: str
) -> pd.DataFrame:
    if claims.empty:
        return claims
    eff = claims["relation"].astype(str)
    if "verdict" in claims and "corrected_relation" in claims:
        fixed = (
            (claims["verdict"] == "corrected")
            & claims["corrected_relation"].notna()
            & (claims["corrected_relation"] != "")
        )
        eff = eff.where(~fixed, claims["corrected_relation"].astype(str))
    keep = pd.Series(True, index=claims.index)
    if relations is not None:
        keep &= eff.isin(relations)
    if quads is not None:
        keep &= eff.map(lambda r: RELATIONS.get(r, ("",))[0]).isin(quads)
    if (since or until) and "date" in claims:
        dates = claims["date"].map(lambda d: _text(d)[:10])
        if since:
            keep &= (dates != "") & (dates >= since)
        if until:
            keep &= (dates != "") & (dates <= until)
    return claims[keep]


def page_html(
    claims: pd.DataFrame,
    *,
    lang: str = "en",
    level: Level = "actor",
    actor: str | None = None,
    hops: int = 1,
    relations: Iterable[str] | None = None,
    quad_classes: Iterable[str] | None = None,
    since: date | str | None = None,
    until: date | str | None = None,
    min_claims: int = 1,
    min_confidence: float = 0.0,
    max_nodes: int | None = 300,
    hide_rejected: bool = True,
    title: str = "kg",
) -> str:
    """The page :func:`render_html` writes, as a string. Arguments as there."""
    if lang not in LABELS:
        raise VisualizeError(f"unknown page language {lang!r}; valid: {', '.join(LABELS)}")
    if min_claims < 1:
        raise VisualizeError(f"min_claims must be 1 or more, got {min_claims}")
    if not 0.0 <= min_confidence <= 1.0:
        raise VisualizeError(f"min_confidence must be between 0 and 1, got {min_confidence}")
    if max_nodes is not None and max_nodes < 1:
        raise VisualizeError(f"max_nodes must be 1 or more (or None for all), got {max_nodes}")
    words = LABELS[lang]
    rels = _check_choice(relations, RELATIONS, "relation")
    quads = _check_choice(quad_classes, QUAD_CLASSES, "quad class")
    since_s, until_s = _iso(since, "since"), _iso(until, "until")
    try:
        selected = _select(claims, rels, quads, since_s, until_s)
        shown = to_networkx(selected, level=level, hide_rejected=hide_rejected)
        everything = to_networkx(selected, level=level, hide_rejected=False, include_negated=True)
    except ValueError as exc:
        raise VisualizeError(f"cannot draw these claims: {exc}") from exc

    # The actors on the page are chosen on what the page shows at first (min_claims, rejected hidden).
    weak = [(s, o, k) for s, o, k, c in shown.edges(keys=True, data="count") if c < min_claims]
    shown.remove_edges_from(weak)
    shown.remove_nodes_from([n for n in list(shown) if shown.degree(n) == 0])
    notices = []
    ego = ""
    if actor:
        try:
            shown = ego_graph(shown, actor, hops)
        except KeyError as exc:
            raise VisualizeError(f"{exc.args[0]}; check the spelling or the filters") from exc
        ego = shown.graph["ego"]
        notices.append(words["ego"].format(actor=shown.nodes[ego]["label"], hops=hops))
    _recount(shown)
    keep = list(shown)
    if max_nodes is not None and len(keep) > max_nodes:
        keep = top_actors(shown, max_nodes)
        if ego and ego not in keep:
            keep = [ego, *keep[:-1]]
        notices.append(words["truncated"].format(shown=f"{len(keep):,}", total=f"{len(shown):,}"))
    kept = set(keep)
    if not ego and len(keep) == len(shown):
        # Nothing was cut, so bring the actors that only negated, rejected or weak claims touch:
        # the page starts with them hidden and its checkboxes and slider reveal them.
        kept |= set(everything)

    sub = everything.subgraph(kept)
    data = _page_data(selected, sub, shown, words, lang)
    for n in data["nodes"]:
        n["degree"] = _partners(shown, n["id"], kept) if n["id"] in shown else 0
    data["notice"] = " ".join(notices)
    data["initial"] = {
        "relations": rels if rels is not None else list(RELATIONS),
        "minClaims": min_claims,
        "minConfidence": min_confidence,
        "since": since_s,
        "until": until_s,
        "showRejected": not hide_rejected,
        "hops": hops,
    }
    n_nodes = len(data["nodes"])
    data["iterations"] = 400 if n_nodes <= 300 else (250 if n_nodes <= 1500 else 150)
    # Large graphs are laid out here, not by the browser's physics (8 s for 2,000 actors there).
    data["fixed"] = n_nodes > PHYSICS_MAX_NODES
    if data["fixed"]:
        xy = layout(sub)
        for n in data["nodes"]:
            n["x"], n["y"] = xy[n["id"]]

    payload = _json_for_script(data)
    vis_js, app_js = _vis_js(), _asset("graph.js")
    csp = (
        f"default-src 'none'; script-src {_csp_hash(vis_js)} {_csp_hash(app_js)}; "
        "style-src 'unsafe-inline'; img-src data:; font-src data:; connect-src 'none'; "
        "base-uri 'none'; form-action 'none'"
    )
    page = _asset("graph.html")
    parts = {
        "{{LANG}}": lang,
        "{{CSP}}": html.escape(csp, quote=False),
        "{{VIS_VERSION}}": VIS_VERSION,
        "{{TITLE}}": html.escape(title),
        "{{CSS}}": _asset("graph.css"),
        "{{DATA}}": payload,
        "{{VIS_JS}}": vis_js,
        "{{APP_JS}}": app_js,
    }
    # One pass, so text substituted in cannot itself be taken for a placeholder.
    return re.sub(r"\{\{[A-Z_]+\}\}", lambda m: parts[m.group(0)], page)


PHYSICS_MAX_NODES = 300  # above this the page gets positions from :func:`layout` and no physics
SMALL_COMPONENT = 12  # components this small are drawn as rings, not by forces
SPACING_PX = 95.0  # room per node on the canvas, in CSS pixels (vis-network's physics gives ~100)


def layout(g: nx.Graph, *, iterations: int = 150, seed: int = 7) -> dict[str, tuple[int, int]]:
    """Node positions (canvas pixels) for a graph too large for the browser's physics.

    Each connected component with more than SMALL_COMPONENT nodes gets :func:`_force_layout`;
    smaller ones a ring (a star: its hub in the middle). The components are then packed in rows,
    largest first, so dyads and triads sit tidily beside the main graph instead of orbiting it.

    >>> pos = layout(nx.path_graph(["a", "b", "c"]))
    >>> sorted(pos) == ["a", "b", "c"] and all(isinstance(v, int) for xy in pos.values() for v in xy)
    True
    """
    partners: dict[Any, set[Any]] = {v: set() for v in g}
    for s, o in g.edges():
        if s != o:
            partners[s].add(o)
            partners[o].add(s)
    simple = nx.Graph(partners)
    simple.add_nodes_from(partners)
    comps = sorted(nx.connected_components(simple), key=lambda c: (-len(c), min(map(str, c))))
    pieces: list[tuple[list[Any], np.ndarray]] = []
    for comp in comps:
        nodes = sorted(comp, key=lambda v: (-len(partners[v]), str(v)))  # hub first
        n = len(nodes)
        if n > SMALL_COMPONENT:
            index = {v: i for i, v in enumerate(nodes)}
            ends = np.array(
                [(index[v], index[w]) for v in nodes for w in partners[v] if index[v] < index[w]], dtype=np.int64
            ).reshape(-1, 2)
            pos = _force_layout(n, ends[:, 0], ends[:, 1], iterations=iterations, seed=seed)
        elif n == 1:
            pos = np.zeros((1, 2))
        else:
            star = n >= 4 and len(partners[nodes[0]]) == n - 1
            ring = nodes[1:] if star else nodes
            k = len(ring)
            radius = SPACING_PX * (0.8 if star else max(0.5, k / (2 * math.pi)))
            angle = np.arange(k) * 2 * math.pi / k + (math.pi / 2 if k == 2 else -math.pi / 2)
            pos = np.c_[radius * np.cos(angle), radius * np.sin(angle)]
            if star:
                pos = np.vstack([np.zeros((1, 2)), pos])
        pieces.append((nodes, pos - pos.min(0)))
    # Shelf packing: fill rows about as wide as the whole would be if it were square.
    area = sum(float(np.prod(p.max(0) + SPACING_PX)) for _, p in pieces)
    width = max(math.sqrt(area) * 1.2, float(pieces[0][1].max(0)[0]) + SPACING_PX) if pieces else 0.0
    out: dict[str, tuple[int, int]] = {}
    x = y = row = 0.0
    for nodes, pos in pieces:
        w, h = pos.max(0) + SPACING_PX
        if x > 0 and x + w > width:
            x, y, row = 0.0, y + row, 0.0
        for v, (px, py) in zip(nodes, (pos + (x, y)).tolist(), strict=True):
            out[v] = (int(round(px)), int(round(py)))
        x, row = x + w, max(row, h)
    return out


def _force_layout(n: int, src: np.ndarray, dst: np.ndarray, *, iterations: int, seed: int) -> np.ndarray:
    """A ForceAtlas2-like layout of one connected graph, scaled to about SPACING_PX per node.

    Linear springs along the edges and repulsion between all pairs weighted by degree (as the
    forceAtlas2Based solver in the page does), with the all-pairs repulsion computed on a grid by
    FFT convolution (a particle-mesh method): a step is O(nodes + edges + grid·log grid) instead of
    O(nodes²), so 2,000 actors take under a second in numpy. The seed fixes the result.
    """
    repulsion, gravity = 1.0, 0.05
    mass = 1.0 + np.bincount(src, minlength=n) + np.bincount(dst, minlength=n)  # 1 + partners
    rng = np.random.default_rng(seed)
    side = math.sqrt(n)
    pos = rng.uniform(0.0, side, size=(n, 2))
    if n > 1:
        cells = int(min(256, max(32, 2 ** math.ceil(math.log2(2 * side)))))
        size = 2 * cells  # zero-padded, so the circular convolution does not wrap around
        off = np.arange(size, dtype=float)
        off = np.where(off < cells, off, off - size)
        dx, dy = np.meshgrid(off, off, indexing="ij")
        r2 = dx * dx + dy * dy
        r2[0, 0] = 1.0  # dx = dy = 0 there: no self-force
        kernel_x, kernel_y = np.fft.rfft2(dx / r2), np.fft.rfft2(dy / r2)
        corners = ((0, 0), (1, 0), (0, 1), (1, 1))
        for step in range(iterations):
            low = pos.min(0)
            extent = (pos.max(0) - low).max() + 1e-9
            heat = extent * (0.04 * (1 - step / iterations) + 0.002)  # largest move this step
            cell = extent / (cells - 1)
            u = (pos - low) / cell
            base = np.minimum(np.floor(u).astype(np.int64), cells - 2)
            f = u - base
            weights = [
                (1 - f[:, 0]) * (1 - f[:, 1]),
                f[:, 0] * (1 - f[:, 1]),
                (1 - f[:, 0]) * f[:, 1],
                f[:, 0] * f[:, 1],
            ]
            at = [(base[:, 0] + a) * size + base[:, 1] + b for a, b in corners]
            density = np.zeros(size * size)
            for i, w in zip(at, weights, strict=True):  # cloud-in-cell: each node's mass over 4 cells
                density += np.bincount(i, w * mass, minlength=size * size)
            spectrum = np.fft.rfft2(density.reshape(size, size))
            field_x = np.fft.irfft2(spectrum * kernel_x, s=(size, size)).ravel()
            field_y = np.fft.irfft2(spectrum * kernel_y, s=(size, size)).ravel()
            move = np.zeros((n, 2))
            for i, w in zip(at, weights, strict=True):
                move[:, 0] += w * field_x[i]
                move[:, 1] += w * field_y[i]
            move *= repulsion / cell  # per unit of the node's own mass
            if len(src):
                d = pos[dst] - pos[src]  # linear springs, as ForceAtlas2
                for k in (0, 1):
                    move[:, k] += (
                        np.bincount(src, d[:, k], minlength=n) - np.bincount(dst, d[:, k], minlength=n)
                    ) / mass
            move -= gravity * (pos - pos.mean(0))
            length = np.sqrt((move * move).sum(1)) + 1e-12
            pos += move * (np.minimum(length, heat) / length)[:, None]
    pos -= pos.mean(0)
    # Scale so that each node has about a SPACING_PX square to itself (the disc that holds them
    # evenly has area 2π·rms²), as vis-network's own layouts of these graphs do.
    rms = math.sqrt(float((pos * pos).sum(1).mean()))
    if rms > 0:
        pos *= SPACING_PX / math.sqrt(2 * math.pi * rms * rms / n)
    return pos


def _recount(g: nx.MultiDiGraph) -> None:
    for n in g:
        g.nodes[n]["degree"] = _partners(g, n, None)


def _partners(g: nx.MultiDiGraph, n: str, within: set[str] | None) -> int:
    others = (set(g.successors(n)) | set(g.predecessors(n))) - {n}
    return len(others if within is None else others & within)


def _page_data(
    claims: pd.DataFrame, g: nx.MultiDiGraph, shown: nx.MultiDiGraph, words: dict[str, str], lang: str
) -> dict[str, Any]:
    nodes = []
    for n, d in g.nodes(data=True):
        label, label_nl = d.get("label") or n, d.get("label_nl") or ""
        main, alt = (label_nl or label, label) if lang == "nl" else (label, label_nl)
        nodes.append(
            {
                "id": n,
                "label": main,
                "alt": alt if alt != main else "",
                "type": _type_key(d.get("type", "")),
                "code": d.get("code", ""),
                "degree": 0,
            }
        )

    wanted = {c for *_, ids in g.edges(data="claims") for c in ids}
    by_id: dict[str, int] = {}
    claim_rows: list[dict[str, Any]] = []
    dates: list[str] = []
    for row in _records(claims, CLAIM_COLUMNS):
        cid = _text(row.get("claim"))
        if cid not in wanted or cid in by_id:
            continue
        by_id[cid] = len(claim_rows)
        day = _text(row.get("date"))[:10]
        if day:
            dates.append(day)
        verdict = _text(row.get("verdict"))
        conf = row.get("confidence")
        claim_rows.append(
            {
                "id": cid,
                "sentence": _text(row.get("sentence")),
                "title": _text(row.get("title")),
                "dateline": _text(row.get("dateline")),
                "agency": _text(row.get("agency")),
                "date": day,
                "source": _text(row.get("source")),
                "attr": _text(row.get("attributed_to_label")),
                "neg": bool(_flag(row.get("negated"))),
                "hedged": bool(_flag(row.get("hedged"))),
                "verdict": verdict,
                "orig": _text(row.get("relation")) if verdict == "corrected" else "",
                "note": _text(row.get("note")),
                "conf": round(float(conf), 3) if isinstance(conf, int | float) and not math.isnan(conf) else 0.5,
                "stext": _text(row.get("subject_text")),
                "otext": _text(row.get("object_text")),
            }
        )
    edges: list[dict[str, Any]] = []
    for s, o, d in g.edges(data=True):
        ids = sorted(
            (by_id[c] for c in d["claims"] if c in by_id), key=lambda i: (claim_rows[i]["date"], claim_rows[i]["id"])
        )
        edges.append(
            {
                "id": len(edges),
                "from": s,
                "to": o,
                "rel": d["relation"],
                "quad": d["quad_class"],
                "neg": bool(d["negated"]),
                "claims": ids,
            }
        )
    return {
        "lang": lang,
        "strings": words,
        "relations": [{"id": r, "label": words[r], "quad": q} for r, (q, _) in RELATIONS.items()],
        "quads": [
            {"id": q, "label": words[q], "color": QUAD_STYLE[q][0], "dark": QUAD_STYLE[q][1]} for q in QUAD_CLASSES
        ],
        "types": [
            {"id": t, "label": words[t], "shape": s, "css": c, "color": f, "border": b}
            for t, (s, c, f, b) in TYPE_STYLE.items()
        ],
        "nodes": nodes,
        "edges": edges,
        "claims": claim_rows,
        "dateMin": min(dates) if dates else "",
        "dateMax": max(dates) if dates else "",
        "total_actors": shown.number_of_nodes(),
    }


def render_html(
    claims: pd.DataFrame,
    path: str | Path,
    *,
    lang: str = "en",
    level: Level = "actor",
    actor: str | None = None,
    hops: int = 1,
    relations: Iterable[str] | None = None,
    quad_classes: Iterable[str] | None = None,
    since: date | str | None = None,
    until: date | str | None = None,
    min_claims: int = 1,
    min_confidence: float = 0.0,
    max_nodes: int | None = 300,
    hide_rejected: bool = True,
    title: str = "kg",
) -> Path:
    """Write the claims as an interactive, self-contained graph page and return its path.

    Args:
        claims: one row per claim, as ``Store.claims_df()`` returns it.
        path: the file to write (overwritten; the CLI decides whether that is allowed).
        lang: ``"en"`` or ``"nl"`` for actor labels and the page's own words.
        level: ``"actor"``, or ``"state"`` to roll people and bodies up to their state.
        actor, hops: draw only the actors within `hops` edges of `actor` (id or label).
        relations, quad_classes: keep only these (by effective relation, after corrections).
        since, until: keep only claims dated in this range (ISO dates, inclusive).
        min_claims: edges with fewer claims start hidden (a slider in the page changes it).
        min_confidence: claims below this confidence start hidden unless an analyst confirmed or
            corrected them (a slider in the page changes it; see ``kg evaluate plover`` for what
            confidence means).
        max_nodes: above this many actors keep the best connected and say so on the page.
        hide_rejected: rejected claims start hidden (a checkbox in the page shows them).
        title: the page title.
    """
    page = page_html(
        claims,
        lang=lang,
        level=level,
        actor=actor,
        hops=hops,
        relations=relations,
        quad_classes=quad_classes,
        since=since,
        until=until,
        min_claims=min_claims,
        min_confidence=min_confidence,
        max_nodes=max_nodes,
        hide_rejected=hide_rejected,
        title=title,
    )
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(page, encoding="utf-8")
    except OSError as exc:
        raise VisualizeError(f"cannot write the graph page to {path}: {exc.strerror}") from exc
    return path


def notebook_html(claims: pd.DataFrame, *, height: int = 720, **options: Any) -> HTML:
    """The page inline in Jupyter: an ``<iframe srcdoc>``, which renders where pyvis's notebook output
    comes out blank, and a sandbox that keeps the page's scripts away from the notebook."""
    from IPython.display import HTML  # lazily: IPython is only there in notebooks

    page = page_html(claims, **options)
    # The wrapping <div> also keeps IPython from warning "Consider using IPython.display.IFrame".
    return HTML(
        f'<div class="kg-graph"><iframe srcdoc="{html.escape(page, quote=True)}" sandbox="allow-scripts" '
        f'style="width:100%;height:{int(height)}px;border:1px solid #dfe3e8;border-radius:4px" '
        f'title="{html.escape(str(options.get("title", "kg")), quote=True)}"></iframe></div>'
    )


show = notebook_html
