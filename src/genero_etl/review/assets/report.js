// genero-etl review report: everything it needs is in this file and the inlined JSON.
(function () {
  "use strict";
  var D = JSON.parse(document.getElementById("data").textContent);
  var T = D.text, C = D.columns, K = D.dict, N = D.meta.rows, PAGE = 100;
  var LOW = D.meta.min_confidence;

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    if (attrs) Object.keys(attrs).forEach(function (k) {
      if (k === "text") node.textContent = attrs[k];
      else if (k === "cls") node.className = attrs[k];
      else node.setAttribute(k, attrs[k]);
    });
    (children || []).forEach(function (c) { if (c) node.appendChild(c); });
    return node;
  }
  function txt(s) { return document.createTextNode(s == null ? "" : String(s)); }
  function code(col, i) { return K[col][C[col][i]]; }
  function fmt(v) {
    if (v === null || v === undefined) return "";
    return Number(v).toLocaleString(D.meta.lang === "es" ? "es" : "en", { maximumFractionDigits: 6 });
  }
  function place(i) {
    return code("municipality", i) || code("admin1", i) || code("country", i) || "";
  }
  function breakdown(i) {
    var dim = code("breakdown_dimension", i);
    return !dim || dim === "_T" ? "" : dim + "=" + code("breakdown_value", i);
  }

  // ---- search index, built once (lower-case, accents kept) -------------------------
  var hay = new Array(N);
  for (var i = 0; i < N; i++) {
    hay[i] = (C.observation_id[i] + " " + (C.source_text[i] || "") + " " + code("indicator_id", i) +
      " " + code("indicator_label", i) + " " + (C.value_raw[i] || "") + " " + place(i)).toLowerCase();
  }

  // ---- filters ------------------------------------------------------------------------
  var state = { page: 0, q: "", low: false, ids: null };
  var FILTERS = [
    ["file", "source_file", T.file], ["indicator", "indicator_id", T.indicator],
    ["place", null, T.place], ["period", "period_label", T.period],
    ["status", "status", T.status], ["flag", null, T.flag]
  ];
  var placeNames = {}, flagNames = {};
  for (i = 0; i < N; i++) {
    placeNames[place(i)] = true;
    (code("quality_flags", i) || "").split(";").forEach(function (f) { if (f) flagNames[f] = true; });
  }
  function optionsFor(key, col) {
    if (key === "place") return Object.keys(placeNames).filter(Boolean).sort();
    if (key === "flag") return Object.keys(flagNames).sort();
    return K[col].filter(Boolean).slice().sort();
  }
  var bar = document.getElementById("filters");
  var search = el("input", { type: "search", id: "search", placeholder: T.search });
  search.addEventListener("input", function () { state.q = search.value.toLowerCase(); state.page = 0; render(); });
  bar.appendChild(search);
  FILTERS.forEach(function (f) {
    var sel = el("select", { id: "f-" + f[0], "aria-label": f[2] });
    sel.appendChild(el("option", { value: "", text: f[2] + ": " + T.all }));
    optionsFor(f[0], f[1]).forEach(function (v) { sel.appendChild(el("option", { value: v, text: v })); });
    sel.addEventListener("change", function () { state[f[0]] = sel.value; state.page = 0; render(); });
    bar.appendChild(sel);
  });
  var lowBox = el("input", { type: "checkbox", id: "f-low" });
  lowBox.addEventListener("change", function () { state.low = lowBox.checked; state.page = 0; render(); });
  bar.appendChild(el("label", null, [lowBox, txt(" " + T.low + " (< " + LOW + ")")]));
  var reset = el("button", { id: "reset", text: T.reset });
  reset.addEventListener("click", function () {
    FILTERS.forEach(function (f) { state[f[0]] = ""; document.getElementById("f-" + f[0]).value = ""; });
    state.q = ""; search.value = ""; state.low = false; lowBox.checked = false; state.ids = null;
    state.page = 0; render();
  });
  bar.appendChild(reset);

  function matches(i) {
    if (state.ids && !state.ids[C.observation_id[i]]) return false;
    if (state.file && code("source_file", i) !== state.file) return false;
    if (state.indicator && code("indicator_id", i) !== state.indicator) return false;
    if (state.period && code("period_label", i) !== state.period) return false;
    if (state.status && code("status", i) !== state.status) return false;
    if (state.place && place(i) !== state.place) return false;
    if (state.flag && (";" + code("quality_flags", i) + ";").indexOf(";" + state.flag + ";") < 0) return false;
    if (state.low && !(C.confidence[i] < LOW)) return false;
    if (state.q && hay[i].indexOf(state.q) < 0) return false;
    return true;
  }
  // rows ordered per file, then indicator, then position in the file
  var order = [];
  for (i = 0; i < N; i++) order.push(i);
  order.sort(function (a, b) {
    var fa = code("source_file", a), fb = code("source_file", b);
    if (fa !== fb) return fa < fb ? -1 : 1;
    var ia = code("indicator_id", a), ib = code("indicator_id", b);
    if (ia !== ib) return ia < ib ? -1 : 1;
    return a - b;
  });

  // ---- the source sentence with the number highlighted ----------------------------
  // where the number is written: not inside a longer number ("1" in "2021" or "1.009")
  function findNumber(text, raw) {
    if (!raw) return -1;
    var at = text.indexOf(raw);
    while (at >= 0) {
      var before = text.charAt(at - 1), after = text.charAt(at + raw.length), next = text.charAt(at + raw.length + 1);
      var inside = /[0-9]/.test(before) || (/[.,]/.test(before) && /[0-9]/.test(text.charAt(at - 2))) ||
        /[0-9]/.test(after) || (/[.,]/.test(after) && /[0-9]/.test(next));
      if (!inside) return at;
      at = text.indexOf(raw, at + 1);
    }
    return text.indexOf(raw);
  }
  function source(i) {
    var text = C.source_text[i] || "", raw = C.value_raw[i] || "";
    var at = findNumber(text, raw);
    var cell = el("td", { cls: "src" });
    var start = Math.max(0, (at < 0 ? 0 : at) - 140), end = Math.min(text.length, (at < 0 ? 0 : at + raw.length) + 140);
    if (start > 0) cell.appendChild(txt("…"));
    if (at < 0) cell.appendChild(txt(text.slice(0, 300) + (text.length > 300 ? "…" : "")));
    else {
      cell.appendChild(txt(text.slice(start, at)));
      cell.appendChild(el("mark", { text: raw }));
      cell.appendChild(txt(text.slice(at + raw.length, end)));
      if (end < text.length) cell.appendChild(txt("…"));
    }
    cell.appendChild(el("span", { cls: "loc", text: code("source_file", i) + " · " + C.source_locator[i] }));
    return cell;
  }
  function valueCell(i) {
    var td = el("td", { cls: "num" });
    var v = C.value[i] === null ? (C.value_text[i] || "") : fmt(C.value[i]);
    td.appendChild(txt(v + " " + (code("unit", i) || "")));
    var fix = C.corrected[i];
    if (fix && fix.value !== undefined) {
      td.appendChild(el("br"));
      td.appendChild(el("span", { cls: "status-corrected", text: "→ " + fmt(fix.value) }));
    }
    return td;
  }
  function statusCell(i) {
    var status = code("status", i), td = el("td", { cls: "status-" + status, text: status });
    var fix = C.corrected[i];
    if (fix) Object.keys(fix).forEach(function (k) {
      if (k === "value" || k === "theme") return;
      td.appendChild(el("span", { cls: "tag", text: k + " → " + fix[k] }));
    });
    if (status === "automatic" && C.confidence[i] < LOW) td.appendChild(el("span", { cls: "tag", text: T.withheld }));
    return td;
  }
  function tags(i) {
    var td = el("td");
    (code("quality_flags", i) || "").split(";").forEach(function (f) {
      if (f) td.appendChild(el("span", { cls: "tag", text: f }));
    });
    return td;
  }

  var head = document.querySelector("#values thead"), body = document.querySelector("#values tbody");
  head.appendChild(el("tr", null, [T.source, T.value, T.indicator, T.place, T.period, T.breakdown,
    T.confidence, T.status, T.flags].map(function (h) { return el("th", { text: h }); })));
  var pager = document.getElementById("pager");

  function render() {
    var hits = [];
    for (var k = 0; k < order.length; k++) if (matches(order[k])) hits.push(order[k]);
    var pages = Math.max(1, Math.ceil(hits.length / PAGE));
    state.page = Math.min(state.page, pages - 1);
    var slice = hits.slice(state.page * PAGE, state.page * PAGE + PAGE);
    var rows = document.createDocumentFragment(), lastGroup = "";
    slice.forEach(function (i) {
      var group = code("source_file", i) + " — " + code("indicator_id", i);
      if (group !== lastGroup) {
        rows.appendChild(el("tr", { cls: "group" }, [el("td", { colspan: "9", text: group })]));
        lastGroup = group;
      }
      var status = code("status", i);
      var tr = el("tr", { "data-id": C.observation_id[i], cls: C.confidence[i] < LOW && status === "automatic" ? "low" : "" }, [
        source(i), valueCell(i),
        el("td", null, [txt(code("indicator_id", i)), el("br"), el("span", { cls: "note", text: code("indicator_label", i) })]),
        el("td", { text: place(i) + (code("municipality_code", i) ? " (" + code("municipality_code", i) + ")" : "") }),
        el("td", { text: code("period_label", i) || (code("period_start", i) + "/" + code("period_end", i)) }),
        el("td", { text: breakdown(i) }),
        el("td", { cls: "num", text: C.confidence[i] === null ? "" : C.confidence[i].toFixed(2) }),
        statusCell(i),
        tags(i)
      ]);
      rows.appendChild(tr);
    });
    body.replaceChildren(rows);
    var prev = el("button", { id: "prev", text: T.prev }), next = el("button", { id: "next", text: T.next });
    prev.disabled = state.page === 0; next.disabled = state.page >= pages - 1;
    prev.addEventListener("click", function () { state.page--; render(); });
    next.addEventListener("click", function () { state.page++; render(); });
    var from = hits.length ? state.page * PAGE + 1 : 0;
    pager.replaceChildren(prev, el("span", { id: "count", "data-hits": String(hits.length),
      text: T.shown + " " + from + "–" + (state.page * PAGE + slice.length) + " " + T.of + " " + hits.length +
        " (" + N + " " + T.observations + ")" }), next);
  }

  // ---- quality issues and files -----------------------------------------------------
  function table(id, headers, rows) {
    var t = document.getElementById(id);
    t.querySelector("thead").appendChild(el("tr", null, headers.map(function (h) { return el("th", { text: h }); })));
    var frag = document.createDocumentFragment();
    rows.forEach(function (r) { frag.appendChild(r); });
    t.querySelector("tbody").appendChild(frag);
  }
  table("issues", [T.severity, T.code, T.where, T.message, T.values], D.issues.map(function (q) {
    var link = null;
    if (q.ids.length) {
      link = el("a", { cls: "ids", text: String(q.ids.length) });
      link.addEventListener("click", function () {
        state.ids = {}; q.ids.forEach(function (x) { state.ids[x] = true; });
        state.page = 0; show("values"); render();
      });
    }
    return el("tr", null, [el("td", { cls: "sev-" + q.severity, text: q.severity }), el("td", { text: q.code }),
      el("td", { text: q.file + (q.where ? " · " + q.where : "") }), el("td", { text: q.message }), el("td", null, [link])]);
  }));
  table("files", [T.file, "format", T.place, T.period, T.observations], D.files.map(function (f) {
    return el("tr", null, [el("td", { text: f.file }), el("td", { text: f.format }), el("td", { text: f.place }),
      el("td", { text: f.period }), el("td", { cls: "num", text: String(f.observations) })]);
  }));

  // ---- charts: inline SVG ------------------------------------------------------------
  var SVG = "http://www.w3.org/2000/svg";
  function svg(tag, attrs) {
    var n = document.createElementNS(SVG, tag);
    Object.keys(attrs || {}).forEach(function (k) { n.setAttribute(k, attrs[k]); });
    return n;
  }
  function bars(title, items, note) {
    // items: [{label, values: [v1, v2?]}]; a second value draws a paired bar (total vs parts)
    var box = el("div", { cls: "chart" }, [el("h3", { text: title })]);
    if (!items.length) { box.appendChild(el("p", { cls: "note", text: T.none })); return box; }
    var max = 0;
    items.forEach(function (it) { it.values.forEach(function (v) { if (v > max) max = v; }); });
    var rowH = 18 * items[0].values.length + 6, W = 760, left = 230, h = items.length * rowH + 10;
    var s = svg("svg", { width: W, height: h, viewBox: "0 0 " + W + " " + h, role: "img" });
    items.forEach(function (it, k) {
      var y = 5 + k * rowH;
      var label = svg("text", { x: left - 6, y: y + 13, "text-anchor": "end" });
      label.textContent = it.label.length > 34 ? it.label.slice(0, 33) + "…" : it.label;
      s.appendChild(label);
      it.values.forEach(function (v, j) {
        var w = max > 0 ? Math.max(1, (W - left - 90) * v / max) : 1;
        s.appendChild(svg("rect", { x: left, y: y + j * 18, width: w, height: 15, fill: j ? "#c9853a" : "#2f5d8a" }));
        var t = svg("text", { x: left + w + 4, y: y + j * 18 + 12 });
        t.textContent = fmt(v);
        s.appendChild(t);
      });
    });
    box.appendChild(s);
    if (note) box.appendChild(el("p", { cls: "note", text: note }));
    return box;
  }
  function sumBy(indicator, keyOf) {
    var sums = {};
    for (var i = 0; i < N; i++) {
      if (code("indicator_id", i) !== indicator || C.value[i] === null || code("status", i) === "rejected") continue;
      if (code("breakdown_dimension", i) && code("breakdown_dimension", i) !== "_T") continue;
      var key = keyOf(i) || "?";
      sums[key] = (sums[key] || 0) + C.value[i];
    }
    return Object.keys(sums).sort().map(function (k) { return { label: k, values: [sums[k]] }; });
  }
  function partsChart(indicator) {
    var index = {}, parts = {};
    for (var i = 0; i < N; i++) index[C.observation_id[i]] = i;
    for (i = 0; i < N; i++) {
      var p = C.parent_observation_id[i];
      if (!p || C.value[i] === null || index[p] === undefined) continue;
      if (indicator && code("indicator_id", index[p]) !== indicator) continue;
      parts[p] = (parts[p] || 0) + C.value[i];
    }
    var items = Object.keys(parts).map(function (p) {
      var t = index[p];
      var file = code("source_file", t).split("/").pop();
      return { label: file + " " + C.source_locator[t], values: [C.value[t] || 0, parts[p]],
        off: Math.abs((C.value[t] || 0) - parts[p]) };
    });
    items.sort(function (a, b) { return b.off - a.off; });
    return bars(T.parts + " (" + T.total + " / " + T.sum_parts + ")", items.slice(0, 40));
  }
  var chartSel = document.getElementById("chart-indicator");
  document.getElementById("chart-label").textContent = T.indicator + " ";
  K.indicator_id.filter(Boolean).slice().sort().forEach(function (v) { chartSel.appendChild(el("option", { value: v, text: v })); });
  function drawCharts() {
    var ind = chartSel.value, box = document.getElementById("charts");
    box.replaceChildren(
      bars(ind + " — " + T.by_period, sumBy(ind, function (i) { return code("period_label", i) || code("period_start", i); }), T.sum_note),
      bars(ind + " — " + T.by_place, sumBy(ind, place).slice(0, 60), T.sum_note),
      partsChart(ind)
    );
  }
  chartSel.addEventListener("change", drawCharts);

  // ---- tabs --------------------------------------------------------------------------
  var TABS = [["values", T.values + " (" + N + ")"], ["charts", T.charts], ["issues", T.issues + " (" + D.issues.length + ")"], ["files", T.files + " (" + D.files.length + ")"]];
  var nav = document.getElementById("tabs"), drawn = false;
  function show(name) {
    TABS.forEach(function (t) {
      document.getElementById("tab-" + t[0]).hidden = t[0] !== name;
      document.getElementById("tab-btn-" + t[0]).setAttribute("aria-selected", String(t[0] === name));
    });
    if (name === "charts" && !drawn) { drawn = true; drawCharts(); }
  }
  TABS.forEach(function (t) {
    var b = el("button", { id: "tab-btn-" + t[0], role: "tab", text: t[1] });
    b.addEventListener("click", function () { show(t[0]); });
    nav.appendChild(b);
  });
  document.getElementById("meta").textContent = T.generated + " " + D.meta.generated + " · " + D.meta.tool +
    " · " + T.threshold + " " + LOW + " · " + D.meta.decided + " " + T.decided +
    (D.meta.stale.length ? " · " + D.meta.stale.length + " " + T.stale : "") + " · " + T.howto;
  show("values");
  render();
  document.body.setAttribute("data-ready-ms", String(Math.round(performance.now())));
  document.body.setAttribute("data-ready", "1");
})();
