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
    // The page's formulas, and those in the navigation's labels (a heading with a formula shows
    // its TeX in the table of contents). Every other class is ignored, so it is the innermost
    // element of a label, Material's md-ellipsis, that is named.
    processHtmlClass: "arithmatex|md-ellipsis",
    enableMenu: false,
    // Screen readers read the formula, not the picture: each SVG (aria-hidden) is followed by a
    // visually hidden copy in MathML (<mjx-assistive-mml>), which they speak and browse. The menu
    // code applies its own settings over the document's, so both say so.
    enableAssistiveMml: true,
    menuOptions: { settings: { assistiveMml: true } },
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
