// The article view: the full text with each quote marked and labelled by its speaker (quotes come
// as character offsets into the body), a side list of who said what, and the article's facts.
// The speaker's label is drawn by the style sheet from data-speaker, so that copying the text
// copies the article's words only.

import { dateLabel, el, safeExternalUrl } from "./dom.js";
import { navLink } from "./results.js";
import { withChanges } from "./state.js";

const PALETTE_SIZE = 6;

/** A colour slot per speaker, stable within the article, so marks and the side list match. */
function colours(quotes) {
  const slots = new Map();
  for (const quote of quotes) {
    if (!slots.has(quote.speaker)) slots.set(quote.speaker, slots.size % PALETTE_SIZE);
  }
  return slots;
}

/**
 * The body as text nodes and <mark> elements, one per quote. Quotes that overlap an earlier one
 * (a quote within a quote) are not marked again; their side-list entry points at the enclosing mark.
 *
 * @returns {{nodes: Node[], markOf: Map<number, HTMLElement>}}
 */
function markedBody(body, quotes, slots) {
  const nodes = [];
  const markOf = new Map();
  const ordered = quotes
    .map((quote, index) => ({ quote, index }))
    .filter(({ quote }) => Number.isInteger(quote.start) && Number.isInteger(quote.end) && quote.start >= 0 && quote.start < quote.end && quote.end <= body.length)
    .sort((a, b) => a.quote.start - b.quote.start || b.quote.end - a.quote.end);
  let cursor = 0;
  let last = null;
  for (const { quote, index } of ordered) {
    if (quote.start < cursor) {
      markOf.set(index, last);
      continue;
    }
    nodes.push(document.createTextNode(body.slice(cursor, quote.start)));
    const kind = quote.type ? `${quote.type} quote` : "quote";
    last = el("mark", {
      class: `quote speaker-${slots.get(quote.speaker)}`, id: `quote-${index}`, tabindex: -1,
      "data-speaker": quote.speaker, "data-start": quote.start, title: `${quote.speaker} (${kind})`,
    }, body.slice(quote.start, quote.end));
    nodes.push(last);
    markOf.set(index, last);
    cursor = quote.end;
  }
  nodes.push(document.createTextNode(body.slice(cursor)));
  return { nodes, markOf };
}

function focusMark(mark) {
  if (!mark) return;
  mark.scrollIntoView({ block: "center" });
  mark.focus({ preventScroll: true });
  mark.classList.add("flash");
  setTimeout(() => mark.classList.remove("flash"), 1200);
}

/** The "who said what" list: each speaker with their quotes; a quote scrolls to its mark. */
function whoSaidWhat(quotes, slots, markOf) {
  if (!quotes.length) return [el("p", { class: "muted" }, "No quotes found in this article.")];
  const bySpeaker = new Map();
  quotes.forEach((quote, index) => {
    if (!bySpeaker.has(quote.speaker)) bySpeaker.set(quote.speaker, []);
    bySpeaker.get(quote.speaker).push({ quote, index });
  });
  return [el("ul", { class: "speaker-list" }, [...bySpeaker].map(([speaker, said]) => el("li", { class: `speaker-entry speaker-${slots.get(speaker)}` },
    el("p", { class: "speaker-name" }, el("span", { class: "swatch", "aria-hidden": "true" }), speaker,
      said[0].quote.speakerKind === "organisation" ? el("span", { class: "muted small" }, " (organisation)") : null),
    el("ol", { class: "said" }, said.map(({ quote, index }) => {
      const button = el("button", { type: "button", class: "said-quote", "aria-label": `Show in the text: ${quote.text}` }, quote.text);
      button.addEventListener("click", () => focusMark(markOf.get(index)));
      return el("li", {}, button);
    })))))];
}

/**
 * Fills the article view.
 *
 * @param view the named parts of the view (title, meta, body, who)
 * @param article the article endpoint's answer
 * @param at the offset of a quote to bring into view, or ""
 */
export function renderArticle(view, article, at) {
  const quotes = Array.isArray(article.quotes) ? article.quotes : [];
  const body = typeof article.body === "string" ? article.body : "";
  const slots = colours(quotes);
  const { nodes, markOf } = markedBody(body, quotes, slots);
  view.title.textContent = article.title || article.id;
  const original = safeExternalUrl(article.url);
  view.meta.replaceChildren(...[
    dateLabel(article.date),
    article.source ? [" · ", el("span", { class: "source" }, article.source)] : [],
    article.author ? [" · by ", el("span", { class: "author" }, article.author)] : [],
    original ? [" · ", el("a", { href: original, rel: "noopener noreferrer", target: "_blank", class: "original" }, "Original article ↗")] : [],
  ].flat());
  view.body.replaceChildren(...nodes);
  view.who.replaceChildren(...whoSaidWhat(quotes, slots, markOf));
  if (at !== "") {
    focusMark(view.body.querySelector(`mark[data-start="${Number(at)}"]`));
  }
}

/** The related-articles list, from {"related": [{id, title, date, source}]}. */
export function relatedItems(state, related) {
  return related.map((item) => el("li", {},
    navLink(withChanges(state, { article: item.id }), { class: "result-link", "data-id": item.id }, item.title || item.id),
    el("p", { class: "meta" }, dateLabel(item.date), item.source ? [" · ", el("span", { class: "source" }, item.source)] : null)));
}
