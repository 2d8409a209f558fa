// Building the page safely. Text from the server or the user only ever becomes text nodes or
// attribute values; the one exception, markedHtml, accepts nothing but text and <mark>.

/**
 * Creates an element. {@code attrs} holds attributes ({@code class}, {@code href}, aria-*, data-*…;
 * null or false leaves one out); children are nodes or strings, and strings become text.
 */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  setAttributes(node, attrs);
  node.append(...children.flat().filter((child) => child !== null && child !== undefined && child !== false));
  return node;
}

const SVG = "http://www.w3.org/2000/svg";

/** Creates an SVG element with attributes and children, like {@link el}. */
export function svg(tag, attrs = {}, ...children) {
  const node = document.createElementNS(SVG, tag);
  setAttributes(node, attrs);
  node.append(...children.filter((child) => child !== null && child !== undefined));
  return node;
}

function setAttributes(node, attrs) {
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    node.setAttribute(name, value === true ? "" : String(value));
  }
}

/**
 * Fills a node from the server's highlighted text: HTML-escaped text with only <mark> added. It is
 * parsed in an inert document (nothing loads or runs there) and only text and <mark> elements are
 * copied over, so even a server bug could not bring other markup into the page.
 */
export function markedHtml(node, html) {
  const parsed = new DOMParser().parseFromString(`<body>${html ?? ""}</body>`, "text/html").body;
  node.replaceChildren(...copyMarks(parsed));
  return node;
}

function copyMarks(parent) {
  const out = [];
  for (const child of parent.childNodes) {
    if (child.nodeType === Node.TEXT_NODE) {
      out.push(document.createTextNode(child.data));
    } else if (child.nodeType === Node.ELEMENT_NODE && child.localName === "mark") {
      out.push(el("mark", {}, ...copyMarks(child)));
    } else if (child.nodeType === Node.ELEMENT_NODE) {
      out.push(document.createTextNode(child.textContent));
    }
  }
  return out;
}

/** Shows or hides an element. */
export function show(node, visible) {
  node.hidden = !visible;
}

/** "1 article", "3 articles". */
export function plural(count, one, many = one + "s") {
  return `${count.toLocaleString("en")} ${count === 1 ? one : many}`;
}

/** A date element for an ISO day, or the "undated" label when there is none. */
export function dateLabel(date) {
  return date ? el("time", { datetime: date }, date) : el("span", { class: "undated" }, "undated");
}

/** An http(s) address to link to, or null for anything else (javascript:, data:, relative paths…). */
export function safeExternalUrl(value) {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

/** Calls {@code fn} once {@code ms} have passed without another call. */
export function debounce(fn, ms) {
  let timer = 0;
  const debounced = (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
  debounced.cancel = () => clearTimeout(timer);
  return debounced;
}
