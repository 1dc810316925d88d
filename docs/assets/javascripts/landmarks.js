// Material 9.8 wraps the copy button of each code block in <nav class="md-code__nav">
// (templates/clipboard): one unnamed navigation landmark per code block, so a screen reader's list
// of landmarks fills with identical "navigation" entries (axe-core: landmark-unique). A copy
// button is not navigation: the wrapper gives up its landmark role. Material mounts code blocks
// lazily (as they scroll into view), so blocks added later are handled as they appear.
(() => {
  const CODE_NAV = "nav.md-code__nav:not([role])";
  const unmark = root => {
    if (root.matches(CODE_NAV)) root.setAttribute("role", "none");
    root.querySelectorAll(CODE_NAV).forEach(nav => nav.setAttribute("role", "none"));
  };
  const added = new MutationObserver(records => {
    for (const record of records)
      for (const node of record.addedNodes) if (node.nodeType === Node.ELEMENT_NODE) unmark(node);
  });

  document$.subscribe(() => {
    added.disconnect();
    unmark(document.body);
    added.observe(document.body, { childList: true, subtree: true });
  });
})();
