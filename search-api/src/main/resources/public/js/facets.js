// Facets (speakers and sources with counts; a click filters) and the active filters as removable chips.

import { el } from "./dom.js";
import { navLink } from "./results.js";
import { toggled, withChanges } from "./state.js";

const FACET_LIMIT = 12;
const UNDATED_LABELS = { include: "Undated included", exclude: "Undated left out", only: "Only undated" };

/**
 * The entries of one facet. Active values stay listed (with count 0 when no longer among the
 * counts) so that they can be switched off where they were switched on.
 */
export function facetEntries(state, key, counts) {
  const values = (counts ?? []).slice(0, FACET_LIMIT);
  for (const active of state[key]) {
    if (!values.some((entry) => entry.value === active)) values.unshift({ value: active, count: 0 });
  }
  if (!values.length) return [el("li", { class: "muted small" }, "None in these results.")];
  return values.map(({ value, count }) => {
    const active = state[key].includes(value);
    return el("li", {},
      navLink(toggled(state, key, value), { class: active ? "facet-value active" : "facet-value", "aria-current": active ? "true" : null },
        el("span", { class: "facet-name" }, value),
        el("span", { class: "count" }, count.toLocaleString("en")),
        active ? el("span", { class: "visually-hidden" }, " (filter on; select to remove)") : null));
  });
}

/** The active filters as chips, each with a link that removes it, and "Clear all" when several. */
export function activeFilterChips(state) {
  const chips = [];
  const chip = (label, value, without) => el("li", { class: "chip removable" },
    el("span", {}, `${label}: `, el("strong", {}, value)),
    navLink(without, { class: "remove", "aria-label": `Remove ${label.toLowerCase()} filter ${value}`, title: "Remove this filter" }, "×"));
  for (const name of state.speaker) chips.push(chip("Speaker", name, toggled(state, "speaker", name)));
  for (const name of state.source) chips.push(chip("Source", name, toggled(state, "source", name)));
  if (state.from || state.to) {
    chips.push(chip("Dates", `${state.from || "…"} to ${state.to || "…"}`, withChanges(state, { from: "", to: "" })));
  }
  if (state.undated) chips.push(chip("Undated", UNDATED_LABELS[state.undated], withChanges(state, { undated: "" })));
  if (chips.length > 1) {
    chips.push(el("li", {}, navLink(withChanges(state, { speaker: [], source: [], from: "", to: "", undated: "" }), { class: "clear-all" }, "Clear all")));
  }
  return chips;
}
