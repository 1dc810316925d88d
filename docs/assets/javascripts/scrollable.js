// A block that scrolls sideways can be scrolled from the keyboard only if it can take focus
// (WCAG 2.1.1; axe-core's scrollable-region-focusable). Material does this for its own code
// blocks (components/content/code: tabindex="0" while the code overflows); these are the wide
// blocks it does not know: tables (Material's `.md-typeset table` scrolls, or on notebook pages
// its `.md-typeset__scrollwrap` around them), display math (math.css) and the code cells of
// notebook pages (mkdocs-jupyter's `.highlight-ipynb`). Checked again when a block changes size,
// and when its content changes (MathJax replaces the TeX after the page has loaded).
(() => {
  const SCROLLABLE = [
    ".md-typeset table:not([class])",
    ".md-typeset .md-typeset__scrollwrap",
    ".md-typeset div.arithmatex",
    ".md-typeset .jupyter-wrapper .highlight-ipynb",
  ].join(", ");

  const update = el => {
    // sideways, or (a table whose last row holds a formula) a few pixels downwards
    if (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1)
      el.setAttribute("tabindex", "0");
    else if (el.getAttribute("tabindex") === "0") el.removeAttribute("tabindex");
  };
  let blocks = [];
  const resized = new ResizeObserver(entries => entries.forEach(entry => update(entry.target)));
  const changed = new MutationObserver(() => blocks.forEach(update));

  document$.subscribe(() => {
    resized.disconnect();
    changed.disconnect();
    blocks = [...document.querySelectorAll(SCROLLABLE)];
    for (const el of blocks) {
      resized.observe(el);
      changed.observe(el, { childList: true, subtree: true });
    }
  });
})();
