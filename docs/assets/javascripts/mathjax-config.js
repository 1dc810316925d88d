// MathJax 3 settings for pymdownx.arithmatex (generic mode); MathJax itself is served locally.
window.MathJax = {
  tex: {
    inlineMath: [["\\(", "\\)"]],
    displayMath: [["\\[", "\\]"]],
    processEscapes: true,
    processEnvironments: true,
  },
  options: {
    ignoreHtmlClass: ".*|",
    processHtmlClass: "arithmatex",
    enableMenu: false,
  },
};

// Material's instant navigation swaps page content without a reload: typeset again each time.
document$.subscribe(() => {
  if (window.MathJax.typesetPromise) {
    // The SVG output has no clearCache (CHTML's): calling it threw on every page load.
    if (MathJax.startup.output.clearCache) MathJax.startup.output.clearCache();
    MathJax.typesetClear();
    MathJax.texReset();
    MathJax.typesetPromise();
  }
});
