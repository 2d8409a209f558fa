// A text box with a list of options under it, after the ARIA combobox pattern: options appear as
// you type, ArrowUp/ArrowDown move through them, Enter chooses one, Escape closes the list.

import { debounce, el, show } from "./dom.js";

/**
 * Makes {@code input} a combobox over {@code listbox}.
 *
 * @param options.source async (text) => items; a failure just shows no options
 * @param options.choose (item) => void, when an option is picked
 * @param options.label (item) => [nodes or strings] shown for an option
 * @returns {{close: function(): void}}
 */
export function combobox(input, listbox, { source, choose, label, delay = 150 }) {
  let items = [];
  let active = -1;
  let version = 0;

  const refresh = debounce(async () => {
    const mine = ++version;
    let found = [];
    try {
      found = input.value.trim() ? await source(input.value) : [];
    } catch {
      found = []; // suggestions are a convenience: when they fail, the box simply offers none
    }
    if (mine === version && document.activeElement === input) open(found);
  }, delay);

  function open(found) {
    items = found;
    active = -1;
    listbox.replaceChildren(...items.map((item, index) =>
      el("li", { role: "option", id: `${listbox.id}-${index}`, class: "option", "aria-selected": "false" }, ...label(item))));
    show(listbox, items.length > 0);
    input.setAttribute("aria-expanded", String(items.length > 0));
    input.removeAttribute("aria-activedescendant");
  }

  function close() {
    version++;
    refresh.cancel();
    open([]);
  }

  function move(delta) {
    active += delta;
    if (active < -1) active = items.length - 1;
    if (active >= items.length) active = -1;
    listbox.querySelectorAll("[role=option]").forEach((option, index) => {
      option.setAttribute("aria-selected", String(index === active));
      if (index === active) option.scrollIntoView({ block: "nearest" });
    });
    if (active >= 0) input.setAttribute("aria-activedescendant", `${listbox.id}-${active}`);
    else input.removeAttribute("aria-activedescendant");
  }

  function pick(index) {
    const item = items[index];
    close();
    choose(item);
  }

  input.addEventListener("input", refresh);
  input.addEventListener("blur", close);
  input.addEventListener("keydown", (event) => {
    if (!items.length) return;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      move(event.key === "ArrowDown" ? 1 : -1);
    } else if (event.key === "Enter" && active >= 0) {
      event.preventDefault();
      pick(active);
    } else if (event.key === "Escape") {
      event.preventDefault();
      close();
    }
  });
  // mousedown, not click: the input keeps its focus, so its blur does not close the list first.
  listbox.addEventListener("mousedown", (event) => {
    const option = event.target.closest("[role=option]");
    if (!option) return;
    event.preventDefault();
    pick(Number(option.id.slice(listbox.id.length + 1)));
  });

  return { close };
}
