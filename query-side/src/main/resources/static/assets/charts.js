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
    // Drawn at its own size, shrunk (never enlarged) to fit a narrower card.
    const svg = element("svg", { viewBox: `0 0 ${width} ${height}`, width, role: "img", "aria-label": label,
      class: "chart" });
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

  /** A label broken into lines of at most {@code width} characters, at most three lines, nothing cut off. */
  function lines(text, width) {
    const words = String(text).split(/\s+/);
    const result = [];
    words.forEach(word => {
      const last = result.length ? result[result.length - 1] : null;
      if (last !== null && (last + " " + word).length <= width) result[result.length - 1] = last + " " + word;
      else result.push(word);
    });
    if (result.length <= 3) return result;
    return [result[0], result[1], result.slice(2).join(" ")];
  }

  /**
   * Bars for counts, with their labels and values, sized to the cards they sit in so that their text keeps a legible
   * size once scaled: a value axis titled {@code options.axis}, labels wrapped or slanted, never cut. A few categories
   * (regions, statuses) lie as horizontal bars, their names wrapped on the left in any of the three languages; many
   * (the months of a year) stand as narrow columns with slanted labels. Each bar's colour goes with the label beside
   * it; its title gives label and value.
   */
  function bars(entries, label, options) {
    return entries.length > 6 ? columns(entries, label, options || {}) : rows(entries, label, options || {});
  }

  const shown = entry => String(entry.display !== undefined ? entry.display : entry.value);

  function bar(x, y, width, height, entry) {
    const node = element("rect", { x, y, width, height, class: "bar " + (entry.kind || "") });
    node.appendChild(element("title", {}, `${entry.label}: ${shown(entry)}`));
    return node;
  }

  function rows(entries, label, settings) {
    const labelWidth = 124, area = 132, left = labelWidth + 6, top = 6;
    const wrapped = entries.map(e => lines(e.label, 16));
    const heights = wrapped.map(l => Math.max(24, l.length * 15 + 9));
    const axisTop = top + heights.reduce((a, b) => a + b, 0) + 4;
    const width = left + area + 40, height = axisTop + (settings.axis ? 38 : 22);
    const svg = frame(width, height, label);
    const max = Math.max(1, ...entries.map(e => e.value));
    [0, 0.5, 1].forEach(share => {
      const x = Math.round(left + area * share);
      const tick = share === 0 ? 0 : Math.round(max * share * 10) / 10;
      svg.appendChild(element("line", { x1: x, x2: x, y1: top, y2: axisTop, class: "grid" }));
      svg.appendChild(element("text", { x, y: axisTop + 15, "text-anchor": "middle", class: "tick" }, String(tick)));
    });
    if (settings.axis) {
      svg.appendChild(element("text", { x: left + area / 2, y: axisTop + 32, "text-anchor": "middle", class: "axis" },
        settings.axis));
    }
    let y = top;
    entries.forEach((entry, i) => {
      const w = Math.round(area * entry.value / max), middle = y + heights[i] / 2;
      svg.appendChild(bar(left, Math.round(middle - 8), w, 16, entry));
      svg.appendChild(element("text", { x: left + w + 5, y: Math.round(middle + 5), class: "value" }, shown(entry)));
      const first = middle - ((wrapped[i].length - 1) * 15) / 2 + 5;
      wrapped[i].forEach((line, n) => svg.appendChild(element("text",
        { x: labelWidth, y: Math.round(first + n * 15), "text-anchor": "end", class: "label" }, line)));
      y += heights[i];
    });
    return svg;
  }

  function columns(entries, label, settings) {
    const step = 22, left = 46, top = 14, base = top + 130;
    const longest = Math.max(1, ...entries.map(e => String(e.label).length));
    const height = base + 26 + Math.ceil(longest * 7 * 0.75);
    const width = left + entries.length * step + 8;
    const svg = frame(width, height, label);
    const max = Math.max(1, ...entries.map(e => e.value));
    [0, 0.5, 1].forEach(share => {
      const y = Math.round(base - (base - top - 6) * share);
      const tick = share === 0 ? 0 : Math.round(max * share * 10) / 10;
      svg.appendChild(element("line", { x1: left - 3, x2: width, y1: y, y2: y, class: "grid" }));
      svg.appendChild(element("text", { x: left - 6, y: y + 4, "text-anchor": "end", class: "tick" }, String(tick)));
    });
    if (settings.axis) {
      const middle = Math.round((top + base) / 2);
      // Turned a quarter left, the title's ascent points left: its baseline keeps that much room from the edge.
      svg.appendChild(element("text", { x: 15, y: middle, "text-anchor": "middle", class: "axis",
        transform: `rotate(-90 15 ${middle})` }, settings.axis));
    }
    entries.forEach((entry, i) => {
      const h = Math.round((base - top - 6) * entry.value / max);
      const x = Math.round(left + i * step + 3), w = step - 6, cx = x + w / 2, cy = base + 12;
      svg.appendChild(bar(x, base - h, w, h, entry));
      svg.appendChild(element("text", { x: cx, y: base - h - 4, "text-anchor": "middle", class: "value" }, shown(entry)));
      svg.appendChild(element("text", { x: cx + 4, y: cy, "text-anchor": "end", class: "label",
        transform: `rotate(-45 ${cx + 4} ${cy})` }, String(entry.label)));
    });
    return svg;
  }

  /** The legend of the progress bars: what the bar and the mark stand for. */
  function progressLegend(actual, expected) {
    const x = 40 + Math.ceil(actual.length * 7.5);
    const svg = frame(x + 16 + Math.ceil(expected.length * 7.5), 22, `${actual}; ${expected}`);
    svg.appendChild(element("rect", { x: 0, y: 5, width: 22, height: 12, rx: 6, class: "bar" }));
    svg.appendChild(element("text", { x: 28, y: 16, class: "legend" }, actual));
    svg.appendChild(element("line", { x1: x, x2: x, y1: 2, y2: 20, class: "expected" }));
    svg.appendChild(element("text", { x: x + 7, y: 16, class: "legend" }, expected));
    return svg;
  }

  return { progress, progressLegend, bars };
})();
