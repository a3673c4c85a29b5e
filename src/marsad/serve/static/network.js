// marsad — actor network: a hand-written force layout drawn as SVG (no library, no CDN).
// Reads the page's JSON (#network-data: nodes, edges weighted by independent sources) and draws it in
// #network. Deterministic: nodes start on a circle in the order given, then a fixed number of steps of
// Fruchterman-Reingold forces with cooling. Every label is set with textContent (names are data, not HTML).
(function () {
  "use strict";
  var NS = "http://www.w3.org/2000/svg";
  var W = 1000, H = 640, STEPS = 400;

  function el(name, attrs, parent) {
    var e = document.createElementNS(NS, name);
    for (var k in attrs) if (Object.prototype.hasOwnProperty.call(attrs, k)) e.setAttribute(k, attrs[k]);
    if (parent) parent.appendChild(e);
    return e;
  }

  function layout(nodes, edges) {
    var n = nodes.length, i, j, s;
    var area = W * H, k = Math.sqrt(area / Math.max(n, 1)) * 0.75;
    var pos = nodes.map(function (_, idx) {
      var a = (2 * Math.PI * idx) / Math.max(n, 1);
      return { x: W / 2 + (W / 3) * Math.cos(a), y: H / 2 + (H / 3) * Math.sin(a) };
    });
    var index = {};
    nodes.forEach(function (nd, idx) { index[nd.name] = idx; });
    var links = edges.map(function (e) {
      return { a: index[e.source], b: index[e.target], w: 1 + Math.log(1 + e.weight) };
    }).filter(function (l) { return l.a !== undefined && l.b !== undefined; });
    var t = W / 8;
    for (s = 0; s < STEPS; s++) {
      var disp = pos.map(function () { return { x: 0, y: 0 }; });
      for (i = 0; i < n; i++) {
        for (j = i + 1; j < n; j++) {
          var dx = pos[i].x - pos[j].x, dy = pos[i].y - pos[j].y;
          var d2 = dx * dx + dy * dy + 0.01, d = Math.sqrt(d2), f = (k * k) / d;
          disp[i].x += (dx / d) * f; disp[i].y += (dy / d) * f;
          disp[j].x -= (dx / d) * f; disp[j].y -= (dy / d) * f;
        }
      }
      links.forEach(function (l) {
        var dx = pos[l.a].x - pos[l.b].x, dy = pos[l.a].y - pos[l.b].y;
        var d = Math.sqrt(dx * dx + dy * dy) + 0.01, f = ((d * d) / k) * l.w * 0.5;
        disp[l.a].x -= (dx / d) * f; disp[l.a].y -= (dy / d) * f;
        disp[l.b].x += (dx / d) * f; disp[l.b].y += (dy / d) * f;
      });
      for (i = 0; i < n; i++) {
        disp[i].x += (W / 2 - pos[i].x) * 0.02 * k / 10;  // gravity keeps separate components on screen
        disp[i].y += (H / 2 - pos[i].y) * 0.02 * k / 10;
        var len = Math.sqrt(disp[i].x * disp[i].x + disp[i].y * disp[i].y) + 0.01;
        pos[i].x += (disp[i].x / len) * Math.min(len, t);
        pos[i].y += (disp[i].y / len) * Math.min(len, t);
      }
      t = Math.max(0.5, t * 0.985);
    }
    // fit into the view box with a margin for labels
    var xs = pos.map(function (p) { return p.x; }), ys = pos.map(function (p) { return p.y; });
    var x0 = Math.min.apply(null, xs), x1 = Math.max.apply(null, xs);
    var y0 = Math.min.apply(null, ys), y1 = Math.max.apply(null, ys);
    var m = 70, sx = (W - 2 * m) / Math.max(x1 - x0, 1), sy = (H - 2 * m) / Math.max(y1 - y0, 1);
    return pos.map(function (p) {
      return { x: n === 1 ? W / 2 : m + (p.x - x0) * sx, y: n === 1 ? H / 2 : m + (p.y - y0) * sy };
    });
  }

  function draw() {
    var svg = document.getElementById("network");
    var src = document.getElementById("network-data");
    if (!svg || !src) return;
    var data = JSON.parse(src.textContent);
    var nodes = data.nodes || [], edges = data.edges || [];
    while (svg.firstChild) svg.removeChild(svg.firstChild);
    if (!nodes.length) {
      var empty = el("text", { x: W / 2, y: H / 2, "text-anchor": "middle", "class": "empty" }, svg);
      empty.textContent = "لا روابط · no links";
      return;
    }
    var pos = layout(nodes, edges), index = {};
    nodes.forEach(function (nd, i) { index[nd.name] = i; });
    var gEdges = el("g", { "class": "edges" }, svg), gNodes = el("g", { "class": "nodes" }, svg);
    edges.forEach(function (e) {
      var a = pos[index[e.source]], b = pos[index[e.target]];
      if (!a || !b) return;
      var line = el("line", { x1: a.x, y1: a.y, x2: b.x, y2: b.y, "class": "edge",
        "stroke-width": (1 + 2 * Math.log2(1 + e.weight)).toFixed(2), "data-weight": e.weight }, gEdges);
      var title = el("title", {}, line);
      title.textContent = e.source + " — " + e.target + ": " + e.n_sources + " sources, " + e.n_events +
        " events, " + e.n_articles + " articles";
    });
    var maxW = Math.max.apply(null, nodes.map(function (nd) { return nd.weight; }).concat([1]));
    nodes.forEach(function (nd, i) {
      var p = pos[i];
      var a = el("a", { href: "/actors/" + encodeURIComponent(nd.name), "class": "node k-" + (nd.kind || "person") }, gNodes);
      var r = 5 + 12 * Math.sqrt(nd.weight / maxW);
      el("circle", { cx: p.x.toFixed(1), cy: p.y.toFixed(1), r: r.toFixed(1) }, a);
      var label = el("text", { x: (p.x + r + 3).toFixed(1), y: (p.y + 4).toFixed(1), "text-anchor": "start",
        direction: "ltr" }, a);
      label.textContent = nd.name;
      var title = el("title", {}, a);
      title.textContent = nd.name + (nd.country ? " (" + nd.country + ")" : "") + " — " + nd.weight;
    });
    svg.setAttribute("data-drawn", String(nodes.length));
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", draw);
  else draw();
})();
