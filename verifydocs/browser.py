"""The built site in a real browser: headless Chromium from Debian (``apt-get install chromium``)
driven by the pinned ``playwright`` package, which talks to any recent Chromium through its own
driver (shipped in the wheel), so no browser is ever downloaded.

Each check is a plain function returning human-readable problems ([] is good), so that
tests/test_browser.py can run it on this site and tests/test_browser_selftest.py on a broken one.
Every browser context blocks and records requests to any host but the local server, and Chromium
itself resolves no other host name: the site is checked as it works with the network off.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from .layout import Project
from .siteserver import SiteServer

DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 390, "height": 844}  # CSS pixels of a common phone
TIMEOUT_MS = 30_000  # generous: CI shares 2 cores with the example runs


def find_chromium() -> str | None:
    """Debian's Chromium (``$CHROMIUM`` overrides), or None."""
    candidates = [
        os.environ.get("CHROMIUM"),
        "/usr/lib/chromium/chromium",
        shutil.which("chromium"),
        shutil.which("chromium-browser"),
    ]
    return next((c for c in candidates if c and os.access(c, os.X_OK)), None)


def launch(playwright, executable: str):
    return playwright.chromium.launch(
        executable_path=executable,
        args=[
            "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",  # network off
            "--disable-background-networking",
            "--no-first-run",
        ],
    )


def site_pages(site: Path) -> list[str]:
    """Every page of the built site as a path relative to its root (``""``, ``en/tensors/``)."""
    pages = []
    for html in sorted(site.rglob("index.html")):
        rel = html.parent.relative_to(site)
        if rel.parts and rel.parts[0] in ("assets", "search"):
            continue
        pages.append("" if not rel.parts else rel.as_posix() + "/")
    return pages


@dataclass
class Tab:
    """One browser page plus what it reported: console errors, uncaught exceptions, requests to
    other hosts (blocked), failed responses."""

    page: object
    server: SiteServer
    errors: list[str] = field(default_factory=list)
    foreign: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    inflight: set = field(default_factory=set)

    def drain(self) -> tuple[list[str], list[str], list[str]]:
        out = (self.errors[:], self.foreign[:], self.failed[:])
        self.errors.clear(), self.foreign.clear(), self.failed.clear()
        return out

    def rel(self, url: str | None = None) -> str:
        """``url`` (default: the current one) relative to the site root, without query/fragment."""
        path = urlsplit(url or self.page.url).path
        base = self.server.base
        return path[len(base) :] if path.startswith(base) else path


def open_tab(browser, server: SiteServer, viewport=DESKTOP, **context_options) -> Tab:
    context = browser.new_context(viewport=viewport, **context_options)
    context.set_default_timeout(TIMEOUT_MS)
    page = context.new_page()
    tab = Tab(page, server)

    def route(r):
        url = r.request.url
        if url.startswith(server.origin + "/"):
            r.continue_()
        else:
            tab.foreign.append(url)
            r.abort("blockedbyclient")

    context.route("**/*", route)
    page.on("console", lambda m: m.type == "error" and tab.errors.append(f"console: {m.text}"))
    page.on("pageerror", lambda e: tab.errors.append(f"uncaught: {e}"))
    page.on(
        "response",
        lambda r: (
            r.status >= 400 and r.url.startswith(server.origin) and tab.failed.append(f"{r.status} {tab.rel(r.url)}")
        ),
    )
    page.on("request", lambda r: tab.inflight.add(r))
    page.on("requestfinished", lambda r: tab.inflight.discard(r))
    page.on("requestfailed", lambda r: tab.inflight.discard(r))
    return tab


_READY = """async () => {
  for (const img of document.images) img.loading = "eager";
  await Promise.all([...document.images].map(img => img.complete ? 0 :
    new Promise(done => { img.onload = img.onerror = done; })));
  if (window.MathJax && MathJax.startup && MathJax.startup.promise) await MathJax.startup.promise;
  return true;
}"""


def settle(tab: Tab, quiet_ms: int = 150, limit_ms: int = TIMEOUT_MS) -> None:
    """Wait until the page's images and math are done and its scripts have stopped fetching
    (Material fetches sitemap.xml files after load; a reader clicks later than that, too).
    Like Playwright's "networkidle", with a shorter quiet period than its 500 ms."""
    tab.page.evaluate(_READY)
    quiet = waited = 0
    while quiet < quiet_ms and waited < limit_ms:
        tab.page.wait_for_timeout(50)
        waited += 50
        quiet = quiet + 50 if not tab.inflight else 0


def visit(tab: Tab, rel: str) -> None:
    tab.page.goto(tab.server.url(rel), wait_until="load")
    settle(tab)


def load_problems(tab: Tab, rel: str, expected_status: int | None = None) -> list[str]:
    """What went wrong while loading the current page: console errors and uncaught exceptions,
    requests to other hosts, failed requests to the site (4xx/5xx, e.g. a missing sitemap.xml)."""
    errors, foreign, failed = tab.drain()
    if expected_status is not None:  # a 404 page: its own status, and Chromium's console note on it
        own = f"{expected_status} {rel}"
        if own in failed:
            failed.remove(own)
            errors = [e for e in errors if f"status of {expected_status}" not in e]
    return (
        [f"{rel or '/'}: {e}" for e in errors]
        + [f"{rel or '/'}: request to another host: {u}" for u in foreign]
        + [f"{rel or '/'}: request failed: {f}" for f in failed]
    )


COPY = 'button[data-md-type="copy"], button.md-clipboard'  # Material 9.7+, and before

_CONTENT = """() => {
  const COPY = 'button[data-md-type=\"copy\"], button.md-clipboard';
  const out = [];
  const article = document.querySelector("article") || document.body;
  for (const img of article.querySelectorAll("img"))
    if (!(img.complete && img.naturalWidth > 0)) out.push("image not loaded: " + img.getAttribute("src"));
  for (const el of article.querySelectorAll(".arithmatex"))
    if (!el.querySelector("mjx-container")) out.push("math not rendered: " + el.textContent.trim().slice(0, 60));
  const copy = article.cloneNode(true);
  copy.querySelectorAll("pre, code, script, style").forEach(el => el.remove());
  for (const raw of ["$$", "\\\\[", "\\\\(", "\\\\begin{"])
    if (copy.textContent.includes(raw)) out.push("raw math source in the text: " + raw);
  for (const code of article.querySelectorAll("pre > code"))
    if (!code.parentElement.querySelector(COPY))
      out.push("code block without a copy button: " + code.textContent.trim().slice(0, 40));
  return out;
}"""


def content_problems(tab: Tab, rel: str) -> list[str]:
    """Every image loaded (natural width > 0), every math expression rendered by MathJax and no
    raw TeX left in the text, a copy button on every code block."""
    return [f"{rel or '/'}: {p}" for p in tab.page.evaluate(_CONTENT)]


_OVERFLOW = """() => {
  const width = document.documentElement.clientWidth;
  if (document.documentElement.scrollWidth <= width + 1) return [];
  const wide = [...document.querySelectorAll("body *")].filter(el => {
    const r = el.getBoundingClientRect();
    return r.right > width + 1 && getComputedStyle(el).position !== "fixed";
  }).filter(el => !el.closest(".md-sidebar, .md-search, .md-select, [hidden]"));
  const tags = wide.slice(0, 3).map(el => el.tagName.toLowerCase() + (el.className ? "." + String(el.className).split(" ")[0] : ""));
  return ["wider than the screen (" + document.documentElement.scrollWidth + "px > " + width + "px): " + tags.join(", ")];
}"""


def phone_problems(tab: Tab, rel: str) -> list[str]:
    """At phone width the page scrolls only vertically (wide code, tables and math scroll inside
    their own box). Resizes the current page to PHONE and back."""
    tab.page.set_viewport_size(PHONE)
    try:
        return [f"{rel or '/'}: at {PHONE['width']}px {p}" for p in tab.page.evaluate(_OVERFLOW)]
    finally:
        tab.page.set_viewport_size(DESKTOP)


def switch_language(tab: Tab, project: Project, rel: str, land: bool = True) -> list[str]:
    """Click the language selector's other language (as a reader does: open it, click) and check
    that the browser asks for the counterpart page itself (not a URL that redirects there), and,
    with ``land``, that it ends up there. Without ``land`` the page is left loading (the caller
    goes on elsewhere: this saves loading a page that was already checked)."""
    other = next(lang for lang in project.languages if lang != project.language_of(rel))
    expected = project.counterpart(rel, other)
    selector = tab.page.locator(f'.md-select a[hreflang="{other}"]')
    if selector.count() == 0:
        return [f"{rel or '/'}: no language selector link to '{other}'"]
    main = tab.page.main_frame
    tab.page.locator(".md-select").first.hover()
    with tab.page.expect_request(lambda r: r.is_navigation_request() and r.frame == main) as request:
        selector.first.click()
    asked = tab.rel(request.value.url)
    if asked != expected:
        return [f"{rel or '/'}: the '{other}' switch requests /{asked}, expected /{expected}"]
    if land:
        tab.page.wait_for_url(lambda url: tab.rel(url) == expected, wait_until="load")
        settle(tab)
    return []


def search(tab: Tab, term: str) -> list[str]:
    """Type ``term`` into the search box of the current page; the result pages, best first."""
    box = tab.page.locator("input.md-search__input")
    if not box.is_visible():  # phone: the search box hides behind the search icon
        tab.page.locator('label[for="__search"]').first.click()
    box.fill(term)
    box.press("End")  # Material searches on key events; filled text alone (or an IME) sends none
    tab.page.wait_for_function("""() => {  // the placeholder gives way to a count of results
      const meta = document.querySelector(".md-search-result__meta");
      return meta && !/键入|Type to start|Initializing|正在初始化/i.test(meta.textContent);
    }""")
    hrefs = tab.page.eval_on_selector_all(
        ".md-search-result__list > li > a:first-child", "links => links.map(a => a.href)"
    )
    return [tab.rel(h) for h in hrefs]


def copy_button_problems(tab: Tab, rel: str) -> list[str]:
    """Click the first code block's copy button; the clipboard must then hold that code."""
    button = tab.page.locator(f"article pre:has(> code) :is({COPY})").first
    if tab.page.locator("article pre > code").count() == 0:
        return [f"{rel or '/'}: no code block to copy"]
    if button.count() == 0:
        return [f"{rel or '/'}: code blocks have no copy button"]
    tab.page.evaluate("() => navigator.clipboard.writeText('')")
    code = tab.page.locator("article pre > code").first.inner_text().rstrip()
    button.click()
    tab.page.wait_for_timeout(100)
    copied = tab.page.evaluate("() => navigator.clipboard.readText()").rstrip()
    if copied != code:
        return [f"{rel or '/'}: the copy button copied {copied[:60]!r}, expected {code[:60]!r}"]
    return []


def tabs_problems(tab: Tab, rel: str) -> list[str]:
    """Content tabs: clicking a tab label shows its block and hides the others, and (feature
    ``content.tabs.link``) switches every tab set on the page that has a tab with that label."""
    sets = tab.page.locator("article .tabbed-set")
    if sets.count() < 2:
        return [f"{rel or '/'}: fewer than two tab sets to check"]
    problems = []
    for index in (1, 0):  # there and back: a tab restored from an earlier visit proves nothing
        label = sets.first.locator(".tabbed-labels > label").nth(index)
        name = label.inner_text().strip()
        label.click()
        tab.page.wait_for_timeout(100)
        for i in range(sets.count()):
            names = [t.strip() for t in sets.nth(i).locator(".tabbed-labels > label").all_inner_texts()]
            if name not in names:
                continue
            blocks = sets.nth(i).locator(".tabbed-content > .tabbed-block")
            visible = [blocks.nth(j).is_visible() for j in range(blocks.count())]
            if visible != [n == name for n in names]:
                problems.append(
                    f"{rel or '/'}: after clicking tab '{name}', tab set {i + 1} shows "
                    f"{[n for n, v in zip(names, visible, strict=True) if v]}, expected ['{name}']"
                )
    return problems


def screenshot(tab: Tab, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tab.page.screenshot(path=str(path))


PROBE = "_browser-probe.html"
PROBE_MARKDOWN = """# Tabs probe

=== "NumPy"

    ```python
    import numpy as np
    ```

=== "TensorFlow"

    ```python
    import tensorflow as tf
    ```

Text between the tab sets.

=== "NumPy"

    Second set, NumPy.

=== "TensorFlow"

    Second set, TensorFlow.
"""


def add_probe_page(root: Path, site: Path) -> str:
    """Write a page with content tabs into a built site (no chapter has tabs yet): the home page
    with its article replaced by PROBE_MARKDOWN, rendered with mkdocs.yml's Markdown extensions.
    Returns its path relative to the site root; it is not part of the site (not in sitemap.xml,
    not an index.html)."""
    import re

    import markdown
    from mkdocs.config import load_config

    config = load_config(str(root / "mkdocs.yml"))  # the Markdown extensions, as MkDocs sets them up
    body = markdown.Markdown(extensions=config["markdown_extensions"], extension_configs=config["mdx_configs"]).convert(
        PROBE_MARKDOWN
    )
    home = (site / "index.html").read_text("utf-8")
    article = re.compile(r'(<article class="md-content__inner md-typeset">).*?(</article>)', re.S)
    (site / PROBE).write_text(article.sub(lambda m: m.group(1) + body + m.group(2), home, 1), "utf-8")
    return PROBE
