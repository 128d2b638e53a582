// GSEF's chart library, bundled with the pages (no CDN): accessible SVG charts, each with a title and a text
// equivalent, drawn with attributes only (the pages' content security policy allows no inline styles).
"use strict";
window.GsefCharts = (function () {
  const SVG = "http://www.w3.org/2000/svg";

  function element(name, attributes, text) {
    const node = document.createElementNS(SVG, name);
    Object.entries(attributes || {}).forEach(([key, value]) => node.setAttribute(key, value));
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function frame(width, height, label) {
    const svg = element("svg", { viewBox: `0 0 ${width} ${height}`, role: "img", "aria-label": label, class: "chart" });
    svg.appendChild(element("title", {}, label));
    return svg;
  }

  /** A horizontal progress bar: value against target, with the expected point marked when given. */
  function progress(value, target, label, expected) {
    const width = 300, height = 22;
    const svg = frame(width, height, label);
    const share = target > 0 ? Math.max(0, Math.min(1, value / target)) : 0;
    svg.appendChild(element("rect", { x: 0, y: 4, width, height: 14, rx: 7, class: "track" }));
    svg.appendChild(element("rect", { x: 0, y: 4, width: Math.round(width * share), height: 14, rx: 7, class: "bar" }));
    if (expected !== undefined && target > 0) {
      const x = Math.round(width * Math.max(0, Math.min(1, expected / target)));
      svg.appendChild(element("line", { x1: x, x2: x, y1: 0, y2: height, class: "expected" }));
    }
    return svg;
  }

  /** Vertical bars with their labels and values, for counts by category. */
  function bars(entries, label) {
    const width = Math.max(320, entries.length * 90), height = 190, base = 150;
    const svg = frame(width, height, label);
    const max = Math.max(1, ...entries.map(e => e.value));
    const step = width / Math.max(1, entries.length);
    entries.forEach((entry, i) => {
      const h = Math.round((base - 20) * entry.value / max);
      const x = Math.round(i * step + step * 0.2), w = Math.round(step * 0.6);
      svg.appendChild(element("rect", { x, y: base - h, width: w, height: h, class: "bar " + (entry.kind || "") }));
      svg.appendChild(element("text", { x: x + w / 2, y: base - h - 4, "text-anchor": "middle", class: "value" },
        String(entry.display !== undefined ? entry.display : entry.value)));
      svg.appendChild(element("text", { x: x + w / 2, y: base + 16, "text-anchor": "middle", class: "label" },
        entry.label.length > 14 ? entry.label.slice(0, 13) + "…" : entry.label));
    });
    return svg;
  }

  /** A ballot's tally as one stacked bar: yes, no, abstain. */
  function tally(counts, labels, label) {
    const width = 300, height = 22, total = Math.max(1, counts.yes + counts.no + counts.abstain);
    const svg = frame(width, height, label);
    let x = 0;
    [["yes", counts.yes], ["no", counts.no], ["abstain", counts.abstain]].forEach(([kind, count]) => {
      const w = Math.round(width * count / total);
      if (w > 0) {
        const part = element("rect", { x, y: 4, width: w, height: 14, class: "tally-" + kind });
        part.appendChild(element("title", {}, `${labels[kind]}: ${count}`));
        svg.appendChild(part);
      }
      x += w;
    });
    return svg;
  }

  return { progress, bars, tally };
})();
