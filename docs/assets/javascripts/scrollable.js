// A block that scrolls sideways can be scrolled from the keyboard only if it can take focus
// (WCAG 2.1.1; axe-core's scrollable-region-focusable). Material does this for its own code
// blocks (components/content/code: tabindex="0" while the code overflows); these are the wide
// blocks it does not know: tables (Material's `.md-typeset table` scrolls), display math
// (math.css) and the code cells of notebook pages (mkdocs-jupyter's `.highlight-ipynb`).
(() => {
  const SCROLLABLE = [
    ".md-typeset table:not([class])",
    ".md-typeset div.arithmatex",
    ".md-typeset .jupyter-wrapper .highlight-ipynb",
  ].join(", ");

  const update = el => {
    if (el.scrollWidth > el.clientWidth + 1) el.setAttribute("tabindex", "0");
    else if (el.getAttribute("tabindex") === "0") el.removeAttribute("tabindex");
  };
  const resized = new ResizeObserver(entries => entries.forEach(entry => update(entry.target)));

  document$.subscribe(() => {
    resized.disconnect();
    for (const el of document.querySelectorAll(SCROLLABLE)) resized.observe(el);
  });
})();
