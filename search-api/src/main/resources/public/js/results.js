// The result lists: article hits (with their near-duplicates grouped as "+N similar"), quote hits,
// and the pager. Titles and names are text; only snippets and quote text come as the server's
// highlighted HTML (see markedHtml).

import { dateLabel, el, markedHtml, plural } from "./dom.js";
import { hrefOf, MAX_RESULTS, PAGE_SIZE, toggled, withChanges } from "./state.js";

/** A link inside the page: a real address (open in a new tab works), followed without reloading. */
export function navLink(state, attrs, ...children) {
  return el("a", { ...attrs, href: hrefOf(state), "data-nav": true }, ...children);
}

function speakerChips(state, speakers) {
  if (!speakers?.length) return null;
  return el("ul", { class: "chips speakers", "aria-label": "Speakers quoted" },
    speakers.map((name) => el("li", {},
      navLink(toggled(state, "speaker", name), {
        class: state.speaker.includes(name) ? "chip active" : "chip",
        title: state.speaker.includes(name) ? `Remove the filter on ${name}` : `Only articles quoting ${name}`,
      }, name))));
}

function metaLine(date, source) {
  return el("p", { class: "meta" }, dateLabel(date), source ? [" · ", el("span", { class: "source" }, source)] : null);
}

/** The article hits of a search answer. */
export function articleHits(state, body) {
  return body.hits.map((hit, index) => {
    const rank = (body.page - 1) * body.size + index + 1;
    const item = el("li", { class: "hit", "data-id": hit.id },
      el("h3", { class: "hit-title" },
        navLink(withChanges(state, { article: hit.id }), { class: "result-link", "data-id": hit.id, "data-rank": rank },
          hit.title || hit.id)),
      metaLine(hit.date, hit.source),
      hit.snippet ? markedHtml(el("p", { class: "snippet" }), hit.snippet) : null,
      speakerChips(state, hit.speakers));
    const similar = Array.isArray(hit.similar) ? hit.similar : [];
    if (similar.length) {
      const listId = `similar-${rank}`;
      const list = el("ul", { class: "similar", id: listId, hidden: true, "aria-label": "Similar articles" },
        similar.map((other) => el("li", {},
          navLink(withChanges(state, { article: other.id }), { class: "result-link", "data-id": other.id }, other.title || other.id),
          metaLine(other.date, other.source))));
      const toggle = el("button", { type: "button", class: "similar-toggle", "aria-expanded": "false", "aria-controls": listId },
        `+${similar.length} similar`);
      toggle.addEventListener("click", () => {
        const open = toggle.getAttribute("aria-expanded") !== "true";
        toggle.setAttribute("aria-expanded", String(open));
        list.hidden = !open;
      });
      item.append(toggle, list);
    }
    return item;
  });
}

/**
 * The words of a quote hit. Reported speech and stances are shown in the sentence around them, the
 * attributed words set off: "the trade deal" alone would read as Sanders's words, where the article
 * wrote that Sanders "has been critical of the trade deal". A direct quote is the speaker's own words.
 */
function quoteText(hit) {
  const quoted = markedHtml(el("span", { class: "quoted" }), hit.text);
  const at = hit.type !== "direct" && hit.sentence ? hit.sentence.indexOf(quoted.textContent) : -1;
  if (at < 0) return markedHtml(el("blockquote", { class: "quote-text" }), hit.text);
  return el("blockquote", { class: "quote-text in-context" },
    hit.sentence.slice(0, at), quoted, hit.sentence.slice(at + quoted.textContent.length));
}

/** The quote hits of a quote search answer: who said it, the quote, and the article it is in. */
export function quoteHits(state, body) {
  return body.hits.map((hit, index) => {
    const rank = (body.page - 1) * body.size + index + 1;
    return el("li", { class: "hit quote-hit" },
      quoteText(hit),
      el("p", { class: "said-by" }, "— ",
        navLink(toggled(state, "speaker", hit.speaker), { class: state.speaker.includes(hit.speaker) ? "chip active" : "chip" }, hit.speaker),
        hit.type ? el("span", { class: "quote-type" }, ` ${hit.type} quote`) : null),
      el("p", { class: "meta" }, "in ",
        navLink(withChanges(state, { article: hit.articleId, at: Number.isInteger(hit.start) ? String(hit.start) : "" }),
          { class: "result-link", "data-id": hit.articleId, "data-rank": rank }, hit.title || hit.articleId),
        " · ", dateLabel(hit.date), hit.source ? [" · ", el("span", { class: "source" }, hit.source)] : null,
        hit.copies > 1 ? [" · ", el("span", { class: "copies" }, `the same words in ${plural(hit.copies - 1, "more quote")}`)] : null));
  });
}

/** Page links: previous, a window of numbers around the current page, next. */
export function pager(state, total) {
  const pages = Math.min(Math.ceil(total / PAGE_SIZE), MAX_RESULTS / PAGE_SIZE);
  if (pages <= 1) return [];
  const current = Math.min(state.page, pages);
  const numbers = new Set([1, pages]);
  for (let p = Math.max(1, current - 2); p <= Math.min(pages, current + 2); p++) numbers.add(p);
  const items = [];
  const link = (page, text, label) => navLink(withChanges(state, { page }), { class: "page", "aria-label": label }, text);
  if (current > 1) items.push(link(current - 1, "‹ Previous", "Previous page"));
  let last = 0;
  for (const page of [...numbers].sort((a, b) => a - b)) {
    if (page > last + 1) items.push(el("span", { class: "gap", "aria-hidden": "true" }, "…"));
    items.push(page === current
      ? el("span", { class: "page current", "aria-current": "page" }, String(page))
      : link(page, String(page), `Page ${page}`));
    last = page;
  }
  if (current < pages) items.push(link(current + 1, "Next ›", "Next page"));
  return items;
}
