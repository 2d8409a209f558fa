// The search page. Everything from the server is inserted with textContent, except snippets, which
// the server has already HTML-escaped with only <mark> added.
const form = document.getElementById("search-form");
const input = document.getElementById("q");
const results = document.getElementById("results");
const status = document.getElementById("status");

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = text;
  return node;
}

async function search(q) {
  status.textContent = "Searching…";
  const response = await fetch("/api/search?" + new URLSearchParams({ q }));
  const body = await response.json();
  results.replaceChildren();
  if (!response.ok) {
    status.textContent = body.error ? body.error.message : "The search failed.";
    return;
  }
  status.textContent = body.total === 1 ? "1 article" : `${body.total} articles`;
  for (const hit of body.hits) {
    const item = el("li", "hit");
    item.append(el("h2", "title", hit.title));
    item.append(el("p", "meta", [hit.date || "undated", hit.source].filter(Boolean).join(" · ")));
    const snippet = el("p", "snippet");
    snippet.innerHTML = hit.snippet; // server-escaped, only <mark> added
    item.append(snippet);
    if (hit.speakers.length) {
      const speakers = el("ul", "speakers");
      for (const name of hit.speakers) speakers.append(el("li", "chip", name));
      item.append(speakers);
    }
    results.append(item);
  }
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  history.replaceState(null, "", "?" + new URLSearchParams({ q: input.value }));
  search(input.value);
});

const initial = new URLSearchParams(location.search).get("q");
if (initial) {
  input.value = initial;
  search(initial);
}
