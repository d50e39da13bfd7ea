/* kg graph page. Every piece of article text reaches the DOM through textContent, never
   innerHTML, and nodes/edges carry no vis `title` (vis renders string titles as HTML). */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var S = data.strings;
  var relById = {}, quadById = {}, typeById = {};
  data.relations.forEach(function (r) { relById[r.id] = r; });
  data.quads.forEach(function (q) { quadById[q.id] = q; });
  data.types.forEach(function (t) { typeById[t.id] = t; });
  var nodeById = {};
  data.nodes.forEach(function (n) { nodeById[n.id] = n; });
  var big = data.nodes.length > 400 || data.edges.length > 1500;

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function fmt(n) { return Number(n).toLocaleString(data.lang === "nl" ? "nl-NL" : "en-GB"); }

  document.querySelectorAll("[data-i18n]").forEach(function (e) { e.textContent = S[e.getAttribute("data-i18n")] || ""; });
  document.getElementById("kg-notice").textContent = data.notice || "";

  // ---- vis datasets -------------------------------------------------------------------
  function nodeSize(n) { return 9 + 5 * Math.sqrt(n.degree || 0); }
  var visNodes = data.nodes.map(function (n) {
    var t = typeById[n.type] || typeById.Other;
    var v = {
      id: n.id, label: n.label, shape: t.shape, size: nodeSize(n),
      color: { background: t.color, border: t.border, highlight: { background: t.color, border: "#111" },
               hover: { background: t.color, border: "#111" } },
      font: { size: 13 + Math.min(8, Math.sqrt(n.degree || 0)), color: "#1d2433", strokeWidth: 3, strokeColor: "#ffffff" }
    };
    if (data.fixed) { v.x = n.x; v.y = n.y; }  // laid out by kg: no physics in the page
    return v;
  });
  // Parallel or opposite edges between one pair curve apart; single edges stay straight.
  var pairCount = {}, pairSeen = {};
  data.edges.forEach(function (e) {
    var k = e.from < e.to ? e.from + "\u0000" + e.to : e.to + "\u0000" + e.from;
    pairCount[k] = (pairCount[k] || 0) + 1;
  });
  function edgeWidth(count) { return 1 + 2.2 * Math.log2(1 + count); }
  var visEdges = data.edges.map(function (e) {
    var q = quadById[e.quad];
    var k = e.from < e.to ? e.from + "\u0000" + e.to : e.to + "\u0000" + e.from;
    var i = pairSeen[k] = (pairSeen[k] || 0) + 1;
    var smooth = pairCount[k] > 1 ? { enabled: true, type: "curvedCW", roundness: 0.12 * i } : false;
    return {
      id: e.id, from: e.from, to: e.to, width: edgeWidth(e.claims.length), smooth: smooth,
      dashes: e.neg ? [6, 5] : false,
      color: { color: q.color, highlight: q.dark, hover: q.dark, opacity: 0.85 },
      arrows: { to: { enabled: true, scaleFactor: 0.55 } }
    };
  });
  var nodes = new vis.DataSet(visNodes);
  var edges = new vis.DataSet(visEdges);
  // ---- filters ------------------------------------------------------------------------
  var ui = {
    search: document.getElementById("kg-search"), ego: document.getElementById("kg-ego"),
    hops: document.getElementById("kg-hops"), min: document.getElementById("kg-min"),
    minOut: document.getElementById("kg-min-out"), since: document.getElementById("kg-since"),
    until: document.getElementById("kg-until"), rejected: document.getElementById("kg-rejected"),
    negated: document.getElementById("kg-negated"), confirmed: document.getElementById("kg-confirmed"),
    conf: document.getElementById("kg-conf"), confOut: document.getElementById("kg-conf-out")
  };
  var maxCount = 1;
  data.edges.forEach(function (e) { if (e.claims.length > maxCount) maxCount = e.claims.length; });
  ui.min.max = String(Math.max(2, Math.min(50, maxCount)));
  if (data.dateMin) { ui.since.min = ui.until.min = data.dateMin; }
  if (data.dateMax) { ui.since.max = ui.until.max = data.dateMax; }
  var actorList = document.getElementById("kg-actor-list");
  data.nodes.slice().sort(function (a, b) { return b.degree - a.degree; }).slice(0, 3000).forEach(function (n) {
    var o = document.createElement("option"); o.value = n.label; actorList.appendChild(o);
  });

  var relBoxes = {}, quadBoxes = {}, relCounts = {};
  var relWrap = document.getElementById("kg-relations");
  data.quads.forEach(function (q) {
    var group = el("div", "kg-quad");
    var head = el("label");
    var qb = el("input"); qb.type = "checkbox"; quadBoxes[q.id] = qb;
    var sw = el("span", "kg-swatch"); sw.style.background = q.color; sw.style.height = "6px";
    head.appendChild(qb); head.appendChild(sw); head.appendChild(el("span", null, q.label));
    group.appendChild(head);
    data.relations.filter(function (r) { return r.quad === q.id; }).forEach(function (r) {
      var row = el("label", "kg-rel");
      var rb = el("input"); rb.type = "checkbox"; rb.value = r.id; relBoxes[r.id] = rb;
      row.appendChild(rb); row.appendChild(el("span", null, r.label));
      relCounts[r.id] = el("span", "kg-n"); row.appendChild(relCounts[r.id]);
      group.appendChild(row);
      rb.addEventListener("change", apply);
    });
    qb.addEventListener("change", function () {
      data.relations.forEach(function (r) { if (r.quad === q.id) relBoxes[r.id].checked = qb.checked; });
      apply();
    });
    relWrap.appendChild(group);
  });
  var typeWrap = document.getElementById("kg-types");
  var typesPresent = {};
  data.nodes.forEach(function (n) { typesPresent[n.type] = (typesPresent[n.type] || 0) + 1; });
  data.types.forEach(function (t) {
    if (!typesPresent[t.id]) return;
    var row = el("div", "kg-type");
    var sh = el("span", "kg-shape " + t.css); sh.style.background = t.color;
    row.appendChild(sh); row.appendChild(el("span", null, t.label));
    var n = el("span", "kg-n", fmt(typesPresent[t.id])); n.style.marginLeft = "auto"; n.style.color = "#5f6b7a";
    row.appendChild(n);
    typeWrap.appendChild(row);
  });
  var negLegend = el("div", "kg-type");
  var dash = el("span", "kg-swatch"); dash.style.background = "repeating-linear-gradient(90deg,#555 0 5px,transparent 5px 9px)";
  negLegend.appendChild(dash); negLegend.appendChild(el("span", null, S.negatedLegend));
  typeWrap.appendChild(negLegend);

  function setDefaults() {
    var init = data.initial;
    data.relations.forEach(function (r) { relBoxes[r.id].checked = init.relations.indexOf(r.id) >= 0; });
    data.quads.forEach(function (q) { syncQuad(q.id); });
    ui.min.value = String(init.minClaims); ui.conf.value = String(init.minConfidence || 0); ui.since.value = init.since || ""; ui.until.value = init.until || "";
    ui.rejected.checked = init.showRejected; ui.negated.checked = false; ui.confirmed.checked = false;
    ui.ego.checked = false; ui.search.value = ""; ui.hops.value = String(init.hops || 1);
  }
  function syncQuad(qid) {
    var rels = data.relations.filter(function (r) { return r.quad === qid; });
    var on = rels.filter(function (r) { return relBoxes[r.id].checked; }).length;
    quadBoxes[qid].checked = on === rels.length; quadBoxes[qid].indeterminate = on > 0 && on < rels.length;
  }

  function resolveActor(text) {
    var t = (text || "").trim().toLowerCase();
    if (!t) return null;
    var hit = null;
    for (var i = 0; i < data.nodes.length; i++) {
      var n = data.nodes[i];
      if (n.label.toLowerCase() === t || (n.alt && n.alt.toLowerCase() === t) || n.id.toLowerCase() === t) return n.id;
      if (!hit && n.label.toLowerCase().indexOf(t) >= 0) hit = n.id;
    }
    return hit;
  }

  // Claims an edge shows under the current filters.
  function visibleClaims(e, f) {
    if (e.neg && !f.negated) return [];
    var out = [];
    for (var i = 0; i < e.claims.length; i++) {
      var c = data.claims[e.claims[i]];
      if (c.verdict === "rejected" && !f.rejected) continue;
      // an analyst's confirmation outranks the extractor's confidence
      if ((c.conf || 0) < f.conf && c.verdict !== "confirmed" && c.verdict !== "corrected") continue;
      if (f.since && (!c.date || c.date < f.since)) continue;
      if (f.until && (!c.date || c.date > f.until)) continue;
      out.push(c);
    }
    return out;
  }
  function currentFilters() {
    return { since: ui.since.value, until: ui.until.value, rejected: ui.rejected.checked,
             negated: ui.negated.checked, confirmed: ui.confirmed.checked, min: Number(ui.min.value) || 1,
             conf: Number(ui.conf.value) || 0 };
  }

  var edgeState = {};  // edge id -> visible claim count (0 = hidden)
  function apply() {
    data.quads.forEach(function (q) { syncQuad(q.id); });
    var f = currentFilters();
    ui.minOut.textContent = String(f.min);
    ui.confOut.textContent = Math.round(f.conf * 100) + "%";
    var egoCentre = ui.ego.checked ? resolveActor(ui.search.value) : null;
    var counts = {}, edgeUpd = [], live = [], nodeDeg = {};
    data.relations.forEach(function (r) { counts[r.id] = 0; });
    data.edges.forEach(function (e) {
      var vc = relBoxes[e.rel].checked ? visibleClaims(e, f) : [];
      var n = vc.length >= f.min ? vc.length : 0;
      if (n) { live.push(e); }
      counts[e.rel] += n;
      edgeState[e.id] = n;
    });
    var keep = null;
    if (egoCentre) {  // breadth-first over the visible edges, ignoring direction
      var adj = {};
      live.forEach(function (e) { (adj[e.from] = adj[e.from] || []).push(e.to); (adj[e.to] = adj[e.to] || []).push(e.from); });
      keep = {}; keep[egoCentre] = 0;
      var frontier = [egoCentre], hops = Number(ui.hops.value) || 1;
      for (var h = 1; h <= hops; h++) {
        var next = [];
        frontier.forEach(function (v) { (adj[v] || []).forEach(function (w) { if (!(w in keep)) { keep[w] = h; next.push(w); } }); });
        frontier = next;
      }
    }
    var shownEdges = 0;
    data.edges.forEach(function (e) {
      var n = edgeState[e.id];
      if (n && keep && !((e.from in keep) && (e.to in keep))) n = 0;
      edgeState[e.id] = n;
      if (n) { shownEdges++; nodeDeg[e.from] = 1; nodeDeg[e.to] = 1; }
      var conf = 0;
      if (f.confirmed && n) { e.claims.forEach(function (ci) { if (data.claims[ci].verdict === "confirmed") conf++; }); }
      var q = quadById[e.quad];
      edgeUpd.push({ id: e.id, hidden: !n, width: edgeWidth(n || 1),
                     color: { color: q.color, highlight: q.dark, hover: q.dark,
                              opacity: f.confirmed ? (conf ? 1 : 0.15) : 0.85 },
                     shadow: f.confirmed && conf ? { enabled: true, color: q.dark, size: 6, x: 0, y: 0 } : false });
    });
    if (egoCentre) nodeDeg[egoCentre] = 1;
    var nodeUpd = [], shownNodes = 0;
    data.nodes.forEach(function (n) {
      var vis_ = !!nodeDeg[n.id];
      if (vis_) shownNodes++;
      nodeUpd.push({ id: n.id, hidden: !vis_ });
    });
    edges.update(edgeUpd);
    nodes.update(nodeUpd);
    data.relations.forEach(function (r) { relCounts[r.id].textContent = counts[r.id] ? fmt(counts[r.id]) : ""; });
    document.getElementById("kg-stats").textContent = S.stats
      .replace("{nodes}", fmt(shownNodes)).replace("{edges}", fmt(shownEdges))
      .replace("{claims}", fmt(Object.keys(counts).reduce(function (a, k) { return a + counts[k]; }, 0)));
    if (current) { current.kind === "edge" ? showEdge(current.id, true) : showNode(current.id, true); }
  }

  [ui.min, ui.conf, ui.since, ui.until, ui.rejected, ui.negated, ui.confirmed, ui.ego, ui.hops].forEach(function (c) {
    c.addEventListener("input", apply); c.addEventListener("change", apply);
  });
  ui.search.addEventListener("change", function () {
    var id = resolveActor(ui.search.value);
    apply();
    if (id) { network.selectNodes([id]); network.focus(id, { scale: 1.1, animation: { duration: 400 } }); showNode(id); }
  });
  ui.search.addEventListener("keydown", function (ev) { if (ev.key === "Enter") ui.search.dispatchEvent(new Event("change")); });
  document.getElementById("kg-reset").addEventListener("click", function () { setDefaults(); apply(); network.fit(); });

  var container = document.getElementById("kg-network");
  var options = {
    autoResize: true,
    layout: { improvedLayout: data.nodes.length <= 100, randomSeed: 7 },
    nodes: { borderWidth: 1.5, borderWidthSelected: 3 },
    edges: { selectionWidth: 2, hoverWidth: 1.5, arrowStrikethrough: false },
    physics: {
      enabled: !data.fixed, solver: "forceAtlas2Based",
      forceAtlas2Based: { gravitationalConstant: -60, centralGravity: 0.008, springLength: 110, springConstant: 0.06, avoidOverlap: 0.4 },
      stabilization: { enabled: true, iterations: data.iterations, updateInterval: 25, fit: true },
      minVelocity: 1.0, maxVelocity: 60, timestep: 0.45
    },
    interaction: { hover: true, tooltipDelay: 120, hideEdgesOnDrag: big, hideEdgesOnZoom: big, multiselect: false, navigationButtons: false }
  };
  var network = null;
  function createNetwork() {
  network = new vis.Network(container, { nodes: nodes, edges: edges }, options);
  window.kgNetwork = network;
  window.kgNodes = nodes;
  window.kgEdges = edges;
  window.kgData = data;
  window.kgReady = false;

  var bar = document.querySelector("#kg-progress-bar div");
  var ptext = document.getElementById("kg-progress-text");
  ptext.textContent = S.layingOut.replace("{n}", fmt(data.nodes.length));
  network.on("stabilizationProgress", function (p) { bar.style.width = (100 * p.iterations / p.total).toFixed(0) + "%"; });
  function ready() {
    document.getElementById("kg-progress").className = "done";
    window.kgReady = true;
    window.kgStabilizedAt = performance.now();
    document.body.setAttribute("data-kg-ready", "1");
  }
  if (data.fixed) {  // positions came with the page: fit them and it is ready once drawn
    network.fit({ animation: false });
    network.once("afterDrawing", ready);
  } else {
    network.once("stabilizationIterationsDone", function () {
      network.setOptions({ physics: { enabled: false } });  // stop the simulation: the layout stays put
      network.fit({ animation: false });
      ready();
    });
  }
  bindNetwork();
  }

  // ---- details panel ------------------------------------------------------------------
  var panel = document.getElementById("kg-panel");
  var current = null;  // what the panel shows: {kind, id}
  var selected = null;

  function sentenceWithMarks(c) {
    var p = el("p", "kg-sentence");
    var s = c.sentence || "";
    var spans = [];
    [c.stext, c.otext].forEach(function (t) {
      if (!t) return;
      var i = s.indexOf(t);
      if (i >= 0) spans.push([i, i + t.length]);
    });
    spans.sort(function (a, b) { return a[0] - b[0]; });
    var pos = 0;
    spans.forEach(function (sp) {
      if (sp[0] < pos) return;
      p.appendChild(document.createTextNode(s.slice(pos, sp[0])));
      p.appendChild(el("mark", null, s.slice(sp[0], sp[1])));
      pos = sp[1];
    });
    p.appendChild(document.createTextNode(s.slice(pos)));
    return p;
  }
  function claimBlock(c, f) {
    var d = el("div", "kg-claim");
    var hidden = (c.verdict === "rejected" && !f.rejected) ||
      (f.since && (!c.date || c.date < f.since)) || (f.until && (!c.date || c.date > f.until));
    if (hidden) d.className += " kg-faded";
    d.appendChild(sentenceWithMarks(c));
    var src = [c.title, [c.dateline, c.agency ? "(" + c.agency + ")" : ""].filter(Boolean).join(" "), c.date]
      .filter(Boolean).join(" \u00b7 ");
    d.appendChild(el("div", "kg-source", src || c.source || ""));
    var badges = el("div", "kg-badges");
    function badge(cls, text) { badges.appendChild(el("span", "kg-badge " + cls, text)); }
    if (c.attr) badge("", S.according.replace("{who}", c.attr));
    if (c.neg) badge("neg", S.negated);
    if (c.hedged) badge("hedged", S.hedged);
    if (c.verdict) badge(c.verdict, S[c.verdict] || c.verdict);
    if (c.verdict === "corrected" && c.orig) badge("", S.was.replace("{rel}", (relById[c.orig] || {}).label || c.orig));
    badge("", S.confidence.replace("{c}", Math.round((c.conf || 0) * 100) + "%"));
    d.appendChild(badges);
    if (c.note) d.appendChild(el("div", "kg-note", c.note));
    return d;
  }
  function clearPanel() { while (panel.firstChild) panel.removeChild(panel.firstChild); }

  function showEdge(id, keepScroll) {
    var e = data.edges[id];
    if (!e) return;
    current = { kind: "edge", id: id };
    var f = currentFilters();
    clearPanel();
    var r = relById[e.rel], q = quadById[e.quad];
    var h = el("h3");
    h.appendChild(el("span", null, nodeById[e.from].label + " "));
    var rel = el("span", null, (e.neg ? S.not + " " : "") + r.label); rel.style.color = q.dark;
    h.appendChild(rel);
    h.appendChild(el("span", null, " " + nodeById[e.to].label));
    panel.appendChild(h);
    var vc = visibleClaims(e, f);
    var dates = vc.map(function (c) { return c.date; }).filter(Boolean).sort();
    var meta = S.edgeMeta.replace("{n}", fmt(vc.length)).replace("{quad}", q.label);
    if (dates.length) meta += " \u00b7 " + (dates[0] === dates[dates.length - 1] ? dates[0] : dates[0] + " \u2013 " + dates[dates.length - 1]);
    if (e.claims.length !== vc.length) meta += " \u00b7 " + S.filteredOut.replace("{n}", fmt(e.claims.length - vc.length));
    panel.appendChild(el("p", "kg-meta", meta));
    var list = el("div");
    e.claims.forEach(function (ci) { list.appendChild(claimBlock(data.claims[ci], f)); });
    panel.appendChild(list);
    if (!keepScroll) panel.scrollTop = 0;
  }
  function showNode(id, keepScroll) {
    var n = nodeById[id];
    if (!n) return;
    current = { kind: "node", id: id };
    clearPanel();
    panel.appendChild(el("h3", null, n.label));
    var t = typeById[n.type] || typeById.Other;
    var meta = [t.label, n.code, n.alt && n.alt !== n.label ? n.alt : "", id].filter(Boolean).join(" \u00b7 ");
    panel.appendChild(el("p", "kg-meta", meta));
    var rows = data.edges.filter(function (e) { return (e.from === id || e.to === id) && edgeState[e.id]; });
    rows.sort(function (a, b) { return edgeState[b.id] - edgeState[a.id]; });
    panel.appendChild(el("p", "kg-meta", S.nodeMeta.replace("{n}", fmt(rows.length))));
    rows.slice(0, 200).forEach(function (e) {
      var row = el("div", "kg-edge-link");
      var sw = el("span", "kg-swatch"); sw.style.background = quadById[e.quad].color; row.appendChild(sw);
      var txt = e.from === id ? relById[e.rel].label + " \u2192 " + nodeById[e.to].label
                              : "\u2190 " + nodeById[e.from].label + " " + relById[e.rel].label;
      row.appendChild(el("span", null, (e.neg ? S.not + " " : "") + txt));
      row.appendChild(el("span", "kg-n", fmt(edgeState[e.id])));
      row.addEventListener("click", function () { network.selectEdges([e.id]); selected = { kind: "edge", id: e.id }; showEdge(e.id); });
      panel.appendChild(row);
    });
    if (!keepScroll) panel.scrollTop = 0;
  }
  function showSelectedOrHint() {
    if (selected) { selected.kind === "edge" ? showEdge(selected.id) : showNode(selected.id); return; }
    current = null; clearPanel(); panel.appendChild(el("p", "kg-hint", S.panelHint));
  }
  function bindNetwork() {
  network.on("hoverEdge", function (p) { showEdge(p.edge); });
  network.on("hoverNode", function (p) { showNode(p.node); });
  network.on("blurEdge", function () { if (!selected) return; showSelectedOrHint(); });
  network.on("blurNode", function () { if (!selected) return; showSelectedOrHint(); });
  network.on("click", function (p) {
    if (p.nodes.length) { selected = { kind: "node", id: p.nodes[0] }; showNode(p.nodes[0]); }
    else if (p.edges.length) { selected = { kind: "edge", id: p.edges[0] }; showEdge(p.edges[0]); }
    else { selected = null; showSelectedOrHint(); }
  });
  }
  window.kgShowEdge = function (id) { selected = { kind: "edge", id: id }; showEdge(id); };
  window.kgShowNode = function (id) { selected = { kind: "node", id: id }; showNode(id); };
  window.kgApply = apply;

  setDefaults();
  apply();  // sets the first hidden flags while the DataSets have no listeners yet: much faster
  createNetwork();
})();
