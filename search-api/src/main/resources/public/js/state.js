// The page's state lives in the URL, so a search can be bookmarked, shared and walked with
// back/forward. This module turns a query string into a state object and back, and builds the
// parameters of the API calls from a state.

const SORTS = ["relevance", "date", "date_asc"];
const UNDATED = ["include", "exclude", "only"];
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Hits per page, for articles and quotes alike. */
export const PAGE_SIZE = 10;
/** The API refuses page × size beyond this. */
export const MAX_RESULTS = 10000;

/** The state of an empty search page. */
export function emptyState() {
  return {
    mode: "articles",
    q: "",
    syntax: "box",
    speaker: [],
    source: [],
    from: "",
    to: "",
    undated: "",
    sort: "relevance",
    page: 1,
    article: "",
    at: "",
  };
}

/** Reads a state from a query string such as {@code location.search}; unknown or bad values fall back to defaults. */
export function parseState(search) {
  const params = new URLSearchParams(search);
  const state = emptyState();
  state.mode = params.get("mode") === "quotes" ? "quotes" : "articles";
  state.q = params.get("q") ?? "";
  state.syntax = params.get("syntax") === "advanced" ? "advanced" : "box";
  state.speaker = unique(params.getAll("speaker"));
  state.source = unique(params.getAll("source"));
  state.from = day(params.get("from"));
  state.to = day(params.get("to"));
  state.undated = UNDATED.includes(params.get("undated")) ? params.get("undated") : "";
  state.sort = SORTS.includes(params.get("sort")) ? params.get("sort") : "relevance";
  const page = Number.parseInt(params.get("page") ?? "1", 10);
  state.page = Number.isFinite(page) && page >= 1 ? Math.min(page, MAX_RESULTS / PAGE_SIZE) : 1;
  state.article = params.get("article") ?? "";
  const at = Number.parseInt(params.get("at") ?? "", 10);
  state.at = Number.isFinite(at) && at >= 0 ? String(at) : "";
  return state;
}

/** Adds what narrows a search (syntax, speakers, sources, dates), the same in the address and the API call. */
function appendFilters(params, state) {
  if (state.syntax === "advanced") params.set("syntax", "advanced");
  for (const name of state.speaker) params.append("speaker", name);
  for (const name of state.source) params.append("source", name);
  if (state.from) params.set("from", state.from);
  if (state.to) params.set("to", state.to);
  if (state.undated) params.set("undated", state.undated);
}

/** The query string of a state (without "?"), naming only what differs from the defaults. */
export function toQueryString(state) {
  const params = new URLSearchParams();
  if (state.mode === "quotes") params.set("mode", "quotes");
  if (state.q) params.set("q", state.q);
  appendFilters(params, state);
  if (state.sort !== "relevance") params.set("sort", state.sort);
  if (state.page > 1) params.set("page", String(state.page));
  if (state.article) params.set("article", state.article);
  if (state.article && state.at) params.set("at", state.at);
  return params.toString();
}

/** The page's address for a state: what a link to it points at. */
export function hrefOf(state) {
  const query = toQueryString(state);
  return query ? "?" + query : location.pathname;
}

/** A copy of the state with some fields changed. Changing what is searched goes back to page 1. */
export function withChanges(state, changes) {
  const next = { ...state, speaker: [...state.speaker], source: [...state.source], ...changes };
  const searchChanged = ["mode", "q", "syntax", "speaker", "source", "from", "to", "undated", "sort"].some((key) => key in changes);
  if (searchChanged && !("page" in changes)) next.page = 1;
  if (!("article" in changes)) next.article = "";
  if (!("at" in changes)) next.at = "";
  return next;
}

/** The state with a speaker or source filter switched on or off. */
export function toggled(state, key, value) {
  const values = state[key].includes(value) ? state[key].filter((v) => v !== value) : [...state[key], value];
  return withChanges(state, { [key]: values });
}

/** Parameters of {@code GET /api/search} for a state. */
export function searchParams(state) {
  const params = new URLSearchParams();
  params.set("q", state.q);
  appendFilters(params, state);
  params.set("sort", state.sort);
  params.set("page", String(state.page));
  params.set("size", String(PAGE_SIZE));
  return params;
}

/** Parameters of {@code GET /api/quotes} for a state. */
export function quoteParams(state) {
  const params = new URLSearchParams();
  params.set("q", state.q);
  for (const name of state.speaker) params.append("speaker", name);
  for (const name of state.source) params.append("source", name);
  if (state.from) params.set("from", state.from);
  if (state.to) params.set("to", state.to);
  params.set("page", String(state.page));
  params.set("size", String(PAGE_SIZE));
  return params;
}

/** True when anything narrows the search beyond the words typed. */
export function hasFilters(state) {
  return state.speaker.length > 0 || state.source.length > 0 || Boolean(state.from || state.to || state.undated);
}

function unique(values) {
  return [...new Set(values.filter((value) => value.trim() !== ""))];
}

function day(value) {
  return value && ISO_DAY.test(value) ? value : "";
}
