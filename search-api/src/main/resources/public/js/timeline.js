// The timeline: a histogram of the matching articles over time, drawn as SVG from the search's
// facets.dates ({interval, buckets: [{key, from, to, count}]}). Click a bar or drag across bars to
// pick a date range; with the keyboard, arrows move, Shift+arrows extend, Enter applies.

import { el, plural, svg } from "./dom.js";

const HEIGHT = 150;
const PAD = { left: 10, right: 10, top: 20, bottom: 26 };
/** About half the width of the longest tick label ("30 Sept 2025" at 11px). */
const TICK_HALF_WIDTH = 36;
const FORMATS = {
  day: new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }),
  month: new Intl.DateTimeFormat("en-GB", { month: "short", year: "numeric", timeZone: "UTC" }),
  year: new Intl.DateTimeFormat("en-GB", { year: "numeric", timeZone: "UTC" }),
};

/** The label of a bucket ("3 Feb 2025", "Feb 2025", "2025"). */
export function periodLabel(interval, bucket) {
  const format = FORMATS[interval] ?? FORMATS.day;
  return format.format(new Date(bucket.from + "T00:00:00Z"));
}

/**
 * Draws the histogram into {@code container}.
 *
 * @param histogram the search's facets.dates, or null
 * @param range the current {from, to} filter (ISO days or "")
 * @param onRange (from, to) => void, called when the user picks a range
 * @param readout an element that describes the bar or range under the pointer or keyboard cursor
 */
export function renderTimeline(container, histogram, range, onRange, readout) {
  const interval = histogram?.interval ?? "day";
  const buckets = (histogram?.buckets ?? []).filter((b) => b && b.from && b.to && Number.isFinite(b.count));
  readout.textContent = "";
  if (!buckets.length) {
    container.replaceChildren(el("p", { class: "muted timeline-empty" }, "No dated articles match."));
    return;
  }
  const width = Math.max(260, Math.round(container.clientWidth || 640));
  const plotWidth = width - PAD.left - PAD.right;
  const plotHeight = HEIGHT - PAD.top - PAD.bottom;
  const slot = plotWidth / buckets.length;
  const gap = Math.min(6, slot * 0.2);
  const max = Math.max(1, ...buckets.map((b) => b.count));
  const total = buckets.reduce((sum, b) => sum + b.count, 0);
  const describe = (a, b) => {
    const [first, last] = a <= b ? [a, b] : [b, a];
    const count = buckets.slice(first, last + 1).reduce((sum, x) => sum + x.count, 0);
    const when = first === last ? periodLabel(interval, buckets[first])
        : `${periodLabel(interval, buckets[first])} to ${periodLabel(interval, buckets[last])}`;
    return `${when}: ${plural(count, "article")}`;
  };

  const chart = svg("svg", {
    class: "timeline-chart", width, height: HEIGHT, viewBox: `0 0 ${width} ${HEIGHT}`, tabindex: 0, role: "group",
    "aria-label": `Timeline by ${interval}, ${plural(total, "article")} from ${periodLabel(interval, buckets[0])} to `
        + `${periodLabel(interval, buckets[buckets.length - 1])}. Click or drag across bars, or use the arrow keys and Enter, to pick dates.`,
  });
  chart.append(svg("line", { class: "axis", x1: PAD.left, x2: width - PAD.right, y1: PAD.top + plotHeight, y2: PAD.top + plotHeight }));

  const labelEvery = Math.max(1, Math.ceil(buckets.length / Math.max(1, Math.floor(plotWidth / (2 * TICK_HALF_WIDTH + 16)))));
  buckets.forEach((bucket, index) => {
    const x = PAD.left + index * slot;
    const barHeight = bucket.count ? Math.max(2, (bucket.count / max) * plotHeight) : 0;
    const inRange = Boolean(range.from || range.to)
        && (!range.from || bucket.to >= range.from) && (!range.to || bucket.from <= range.to);
    const group = svg("g", { class: "bucket" });
    group.append(
      svg("rect", {
        class: "bar-hit", x, y: PAD.top, width: slot, height: plotHeight,
        "data-key": bucket.key, "data-from": bucket.from, "data-to": bucket.to, "data-count": bucket.count,
      }, svg("title", {}, describe(index, index))),
      svg("rect", {
        class: inRange ? "bar in-range" : "bar", x: x + gap / 2, y: PAD.top + plotHeight - barHeight,
        width: Math.max(1, slot - gap), height: barHeight,
      }));
    if (bucket.count && slot >= 18) {
      group.append(svg("text", { class: "count", x: x + slot / 2, y: PAD.top + plotHeight - barHeight - 4 }, String(bucket.count)));
    }
    if (index % labelEvery === 0) {
      // Labels near an edge are anchored to it, so they are never cut off.
      const centre = x + slot / 2;
      const [anchor, at] = centre < PAD.left + TICK_HALF_WIDTH ? ["start", PAD.left]
          : centre > width - PAD.right - TICK_HALF_WIDTH ? ["end", width - PAD.right] : ["middle", centre];
      group.append(svg("text", { class: "tick", x: at, y: HEIGHT - 8, "text-anchor": anchor }, periodLabel(interval, bucket)));
    }
    chart.append(group);
  });

  const selection = svg("rect", { class: "selection", y: PAD.top, height: plotHeight, x: 0, width: 0, visibility: "hidden" });
  chart.append(selection);
  const paint = (a, b) => {
    const first = Math.min(a, b);
    selection.setAttribute("x", PAD.left + first * slot);
    selection.setAttribute("width", (Math.abs(b - a) + 1) * slot);
    selection.setAttribute("visibility", "visible");
    readout.textContent = describe(a, b);
  };
  const apply = (a, b) => onRange(buckets[Math.min(a, b)].from, buckets[Math.max(a, b)].to);
  const indexAt = (event) => {
    const box = chart.getBoundingClientRect();
    const x = (event.clientX - box.left) * (width / box.width) - PAD.left;
    return Math.min(buckets.length - 1, Math.max(0, Math.floor(x / slot)));
  };

  let anchor = null;
  chart.addEventListener("pointerdown", (event) => {
    if (event.button !== 0) return;
    event.preventDefault();
    anchor = indexAt(event);
    chart.setPointerCapture(event.pointerId);
    paint(anchor, anchor);
  });
  chart.addEventListener("pointermove", (event) => {
    if (anchor !== null) paint(anchor, indexAt(event));
    else readout.textContent = describe(indexAt(event), indexAt(event));
  });
  chart.addEventListener("pointerup", (event) => {
    if (anchor === null) return;
    const start = anchor;
    anchor = null;
    apply(start, indexAt(event));
  });
  chart.addEventListener("pointercancel", () => {
    anchor = null;
    selection.setAttribute("visibility", "hidden");
  });

  let cursor = -1;
  let keyAnchor = -1;
  chart.addEventListener("keydown", (event) => {
    const moves = { ArrowLeft: -1, ArrowRight: 1, Home: -buckets.length, End: buckets.length };
    if (event.key in moves) {
      event.preventDefault();
      cursor = Math.min(buckets.length - 1, Math.max(0, (cursor < 0 ? 0 : cursor + moves[event.key])));
      if (!event.shiftKey || keyAnchor < 0) keyAnchor = cursor;
      paint(keyAnchor, cursor);
    } else if ((event.key === "Enter" || event.key === " ") && cursor >= 0) {
      event.preventDefault();
      apply(keyAnchor, cursor);
    } else if (event.key === "Escape") {
      cursor = keyAnchor = -1;
      selection.setAttribute("visibility", "hidden");
      readout.textContent = "";
    }
  });
  container.replaceChildren(chart);
}
