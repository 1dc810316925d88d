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
import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from .checkcache import CheckCache
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


def shard(pages: list[str], project: Project, k: int, n: int, weight=None) -> list[str]:
    """The ``k``-th of ``n`` parts of ``pages`` (0-based) for tours that run side by side: a page
    and its counterparts in the other languages always fall in the same part (the tour walks
    from one to the other with the language switch). Parts balance the summed ``weight(rel)`` of
    their pages (default 1 each): heaviest pair first, each into the lightest part so far
    (deterministic, so every worker computes the same parts)."""
    weight = weight or (lambda rel: 1)
    pairs: dict[str, list[str]] = {}
    for rel in pages:
        pairs.setdefault(project.counterpart(rel, project.default_language), []).append(rel)
    totals = {key: sum(map(weight, members)) for key, members in pairs.items()}
    load = [0] * n
    mine: set[str] = set()
    for key in sorted(totals, key=lambda key: (-totals[key], key)):
        lightest = load.index(min(load))
        load[lightest] += totals[key]
        if lightest == k:
            mine.add(key)
    return [rel for rel in pages if project.counterpart(rel, project.default_language) in mine]


PAGE_COST = 4000  # a visit and its checks cost about as much as this many elements, besides them


def page_weight(site: Path, rel: str) -> int:
    """How long the tour spends on a page, roughly: a fixed cost plus its number of elements
    (axe-core's and the layout's time grow with them), counted as tags in its HTML."""
    return PAGE_COST + (site / rel / "index.html").read_text("utf-8").count("<")


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
    else if (!el.querySelector("mjx-container mjx-assistive-mml math"))
      out.push("math without MathML for screen readers: " + el.textContent.trim().slice(0, 60));
  const chinese = /^zh\\b/.test(document.documentElement.lang), han = /\\p{Script=Han}/u;
  for (const img of article.querySelectorAll("img")) {
    const alt = (img.getAttribute("alt") || "").trim();
    if (!alt) out.push("image without alt text: " + (img.getAttribute("src") || "").slice(0, 60));
    else if (han.test(alt) !== chinese)
      out.push(`image alt text not in the page's language (${document.documentElement.lang}): ${alt.slice(0, 60)}`);
  }
  const copy = article.cloneNode(true);
  copy.querySelectorAll("pre, code, script, style").forEach(el => el.remove());
  const toc = document.querySelector(".md-sidebar--secondary .md-nav--secondary");
  for (const raw of ["$$", "\\\\[", "\\\\(", "\\\\begin{"]) {
    if (copy.textContent.includes(raw)) out.push("raw math source in the text: " + raw);
    if (toc && toc.textContent.includes(raw)) out.push("raw math source in the table of contents: " + raw);
  }
  for (const code of article.querySelectorAll("pre > code"))
    if (!code.parentElement.querySelector(COPY))
      out.push("code block without a copy button: " + code.textContent.trim().slice(0, 40));
  return out;
}"""


def content_problems(tab: Tab, rel: str) -> list[str]:
    """Every image loaded (natural width > 0) and described in the page's language (its alt text
    has Chinese characters on a Chinese page, none on an English one), every math expression
    rendered by MathJax with its MathML for screen readers and no raw TeX left in the text or the
    table of contents, a copy
    button on every code block."""
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


def tour(tab: Tab, project: Project, pages: list[str], kept: CheckCache | None = None) -> dict[str, list[str]]:
    """Visit each of ``pages`` once: load it, check it (load, content, axe-core in every colour
    scheme, phone width), switch to its counterpart with the language selector, check that, and
    so on round the languages. Problems by kind ("load", "content", "axe", "phone", "switch"),
    and "pages" checked. With ``kept``, a page and its counterparts that passed in an earlier run
    with no file they load and no checking code changed are not visited ("unchanged" lists them),
    and those that pass now are kept."""
    found: dict[str, list[str]] = {"load": [], "content": [], "axe": [], "phone": [], "switch": []}
    site = tab.server.root
    done: set[str] = set()
    unchanged: list[str] = []
    for rel in pages:
        if rel in done:
            continue
        unit = "tour/" + project.counterpart(rel, project.default_language)
        members = [p for p in pages if "tour/" + project.counterpart(p, project.default_language) == unit]
        if kept and kept.unchanged(unit, site):
            done.update(members)
            unchanged += members
            continue
        before = sum(map(len, found.values()))
        with tab.server.recording() as files:
            visit(tab, rel)
            here = rel
            while here not in done:
                found["load"] += load_problems(tab, here)
                found["content"] += content_problems(tab, here)
                found["axe"] += accessibility_problems(tab, here)
                found["phone"] += phone_problems(tab, here)
                found["load"] += load_problems(tab, here)  # what went wrong during the checks
                done.add(here)
                there = project.counterpart(
                    here, next(lang for lang in project.languages if lang != project.language_of(here))
                )
                switched = switch_language(tab, project, here, land=there not in done)
                found["switch"] += switched
                if switched:
                    break
                here = there
            tab.page.goto("about:blank")  # stops the last, unfinished switch inside the recording,
            tab.server.wait_quiet()  # and what it had already asked for reaches the server in it
        tab.drain()  # what that switch started
        if kept and sum(map(len, found.values())) == before and done.issuperset(members):
            kept.keep(unit, site, files)
    found["pages"] = sorted(done)
    found["unchanged"] = sorted(unchanged)
    return found


_SEARCH_META = "/键入|Type to start/i"  # Material's placeholder for an empty search box


def search(tab: Tab, term: str) -> list[str]:
    """Type ``term`` into the search box of the current page; the result pages, best first."""
    box = tab.page.locator("input.md-search__input")
    if not box.is_visible():  # phone: the search box hides behind the search icon
        tab.page.locator('label[for="__search"]').first.click()
    if box.input_value():  # an earlier search on this page: its results must not pass for these
        box.fill("")
        box.press("End")
        tab.page.wait_for_function(
            f"() => {_SEARCH_META}.test(document.querySelector('.md-search-result__meta').textContent)"
        )
    box.fill(term)
    box.press("End")  # Material searches on key events; filled text alone (or an IME) sends none
    tab.page.wait_for_function(f"""() => {{  // the placeholder gives way to a count of results
      const meta = document.querySelector(".md-search-result__meta");
      return meta && !{_SEARCH_META}.test(meta.textContent) && !/Initializing|正在初始化/i.test(meta.textContent);
    }}""")
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


# ---- accessibility: axe-core, colour schemes, keyboard --------------------------------------

AXE_IMPACTS = ("serious", "critical")  # what fails; axe's "moderate" and "minor" are reported by axe only
COLOUR_RULES = ("color-contrast", "link-in-text-block")  # the axe rules that depend on the colours
AXE_NODES_SHOWN = 3  # per rule and page: the rest are counted


def axe_script() -> str:
    """axe-core itself, as bundled by the pinned axe-playwright-python (pyproject.toml)."""
    from axe_playwright_python.base import AXE_SCRIPT

    return AXE_SCRIPT


_AXE_RUN = """options => axe.run(document, options).then(results => results.violations.map(v => ({
  id: v.id, impact: v.impact, help: v.help,
  nodes: v.nodes.map(n => ({target: n.target.map(String).join(" "),
                            message: [...n.any, ...n.all, ...n.none].map(c => c.message)[0] || ""}))})))"""


# Speed: axe's color-contrast costs a few milliseconds per element (about 7 ms on a chapter's
# notebook page: 40 s for its thousands of code token <span>s), and a page's text comes in a few
# styles. Shown text that shares colour, size, weight, shadow, opacity (its own and its
# ancestors') and the backgrounds under it (colours and images, up to an opaque colour) is one
# question for contrast: the first visible element of each style is asked, the others are marked
# and left out of color-contrast (every other rule still sees them). Hidden text is left to axe,
# which skips it: it never stands for a style. (tests/test_browser_selftest.py: faint code tokens
# of one colour are reported once.)
# MathJax's formulas are left out of it too: drawn as SVG paths (no text to measure) over a
# visually hidden MathML copy (not shown, so never measured).
_SAME_COLOURS = """() => {
  document.querySelectorAll("[data-axe-same]").forEach(el => el.removeAttribute("data-axe-same"));
  const seen = new Set();
  const memo = new Map();  // element -> its layers (down to an opaque colour) and opacity
  const stack = el => {
    if (!el) return {layers: [], opaque: false, opacity: 1};
    if (memo.has(el)) return memo.get(el);
    const s = getComputedStyle(el), layers = [];
    if (s.backgroundImage !== "none") layers.push(s.backgroundImage);
    const bg = s.backgroundColor, clear = bg === "rgba(0, 0, 0, 0)" || bg === "transparent";
    if (!clear) layers.push(bg);
    const opaque = !clear && !bg.startsWith("rgba"), below = stack(el.parentElement);
    const out = {layers: opaque ? layers : layers.concat(below.layers), opaque: opaque || below.opaque,
                 opacity: parseFloat(s.opacity) * below.opacity};
    memo.set(el, out);
    return out;
  };
  const under = el => {  // the backgrounds under the text, down to an opaque colour; the opacity
    const {layers, opacity} = stack(el);
    return layers.join(" over ") + "|" + opacity;
  };
  const text = el => [...el.childNodes].some(n => n.nodeType === Node.TEXT_NODE && n.data.trim());
  for (const el of document.body.querySelectorAll("*:not(mjx-container, mjx-container *)")) {
    if (!text(el) || !el.checkVisibility({opacityProperty: true, visibilityProperty: true})) continue;
    const s = getComputedStyle(el);
    const key = [s.color, s.fontSize, s.fontWeight, s.textShadow, under(el)].join("|");
    if (seen.has(key)) el.setAttribute("data-axe-same", "");
    else seen.add(key);
  }
}"""
_COLOUR_SELECTOR = "*:not([data-axe-same], mjx-container, mjx-container *)"


def _prepare_axe(tab: Tab) -> None:
    if not tab.page.evaluate("() => typeof window.axe === 'object'"):
        tab.page.evaluate(axe_script())
        tab.page.evaluate("rules => axe.configure({rules})", [{"id": "color-contrast", "selector": _COLOUR_SELECTOR}])
    tab.page.evaluate(_SAME_COLOURS)


def axe_problems(tab: Tab, rel: str, rules: tuple[str, ...] | None = None, label: str = "") -> list[str]:
    """axe-core's serious and critical violations on the current page (all of axe's default rules,
    or only ``rules``): one line per element, naming page, ``label`` (the colour scheme), rule,
    impact, element and axe's finding; after AXE_NODES_SHOWN elements of a rule, a count."""
    _prepare_axe(tab)
    options: dict = {"resultTypes": ["violations"], "noHtml": True}  # no HTML snippets: 10-15% faster
    if rules:
        options["runOnly"] = {"type": "rule", "values": list(rules)}
    where = f"{rel or '/'}: " + (f"[{label}] " if label else "")
    problems = []
    for v in tab.page.evaluate(_AXE_RUN, options):
        if v["impact"] not in AXE_IMPACTS:
            continue
        for node in v["nodes"][:AXE_NODES_SHOWN]:
            problems.append(f"{where}{v['id']} ({v['impact']}): {node['target']}: {node['message'] or v['help']}")
        if len(v["nodes"]) > AXE_NODES_SHOWN:
            problems.append(
                f"{where}{v['id']} ({v['impact']}): ... and {len(v['nodes']) - AXE_NODES_SHOWN} more elements"
            )
    return problems


_COLOURS = """el => Object.fromEntries(["scheme", "primary", "accent"]
  .map(key => [key, el.getAttribute("data-md-color-" + key)]).filter(([, value]) => value))"""

_SET_PALETTE = """palette => new Promise(done => {
  const body = document.body;
  body.setAttribute("data-md-color-switching", "");  // Material's own switch: no colour transitions
  for (const [key, value] of Object.entries(palette)) body.setAttribute("data-md-color-" + key, value);
  requestAnimationFrame(() => requestAnimationFrame(() => {
    body.removeAttribute("data-md-color-switching");
    done(true);
  }));
})"""


def palettes(tab: Tab) -> list[dict]:
    """The colour schemes the page's palette toggle offers (Material's ``data-md-color-*``)."""
    return tab.page.eval_on_selector_all(
        "[data-md-component=palette] input.md-option", f"inputs => inputs.map({_COLOURS})"
    )


def set_palette(tab: Tab, palette: dict) -> None:
    """Show the current page in ``palette`` as Material's toggle does (the attributes of <body>),
    without remembering the choice for later pages."""
    tab.page.evaluate(_SET_PALETTE, palette)


def accessibility_problems(tab: Tab, rel: str) -> list[str]:
    """axe-core on the current page: every rule in the scheme the page opened in, then the colour
    rules in each other scheme its palette toggle offers (the page is left in its first scheme)."""
    first = tab.page.eval_on_selector("body", _COLOURS)
    problems = axe_problems(tab, rel, label=first.get("scheme", ""))
    others = [p for p in palettes(tab) if p.get("scheme") != first.get("scheme")]
    if others:
        try:
            for palette in others:
                set_palette(tab, palette)
                problems += axe_problems(tab, rel, COLOUR_RULES, label=palette["scheme"])
        finally:
            set_palette(tab, first)
    return problems


_FOCUS_STOP = """() => {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  el.setAttribute("data-kbd-reached", "");
  // A palette toggle is a radio button followed by the label that shows it: the ring is there.
  const ring = el.matches("input.md-option") &&
    el.closest("[data-md-component=palette]").querySelector("label:not([hidden])") || el;
  const s = getComputedStyle(ring);
  const name = (el.getAttribute("aria-label") || el.getAttribute("title") || el.textContent || "")
    .trim().replace(/\\s+/g, " ").slice(0, 40);
  return {
    what: el.tagName.toLowerCase() + (el.classList.length ? "." + el.classList[0] : "") + (name ? ` "${name}"` : ""),
    ring: (s.outlineStyle !== "none" && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== "none",
  };
}"""

_UNREACHED = """() => {
  const focusable = 'a[href], button:not([disabled]), input:not([type=hidden]):not([disabled]), select, ' +
    'textarea, summary, [tabindex]:not([tabindex^="-"])';
  const out = [];
  for (const el of document.querySelectorAll(focusable)) {
    if (el.hasAttribute("data-kbd-reached") || el.tabIndex < 0) continue;
    if (el.closest("[hidden], [inert], [aria-hidden=true]")) continue;
    if (el.type === "radio" && el.name && document.querySelector(
        `input[type=radio][name="${el.name}"][data-kbd-reached]`)) continue;  // one stop per group
    const visible = el.checkVisibility({visibilityProperty: true}) && el.getClientRects().length > 0;
    const control = el.matches("input.md-option");  // shown by its label, not itself
    if (!visible && !control) continue;
    out.push(el.tagName.toLowerCase() + (el.classList.length ? "." + el.classList[0] : "") + " " +
      (el.getAttribute("href") || el.getAttribute("aria-label") || el.textContent || "").trim().slice(0, 40));
  }
  document.querySelectorAll("[data-kbd-reached]").forEach(el => el.removeAttribute("data-kbd-reached"));
  return out;
}"""


_FOCUS_TOP = """() => {  // the next Tab goes to the page's first control, wherever the focus was
  const start = document.createElement("span");
  start.tabIndex = -1;
  document.body.prepend(start);
  start.focus({preventScroll: true});
  start.addEventListener("blur", () => start.remove(), {once: true});
  window.scrollTo(0, 0);
}"""


def _focus_top(tab: Tab) -> None:
    tab.page.evaluate(_FOCUS_TOP)


def keyboard_problems(tab: Tab, rel: str, limit: int = 600) -> tuple[list[str], list[str]]:
    """Tab through the current page from its top, as a keyboard user does, until the focus comes
    back round. Every stop must show a focus ring (an outline or a box shadow; for the palette
    toggle, on the label that shows it), and every visible control must be among the stops.
    Returns (the stops, the problems). Leaves the page focused at its top."""
    page = tab.page
    _focus_top(tab)
    stops: list[str] = []
    problems = []
    for _ in range(limit):
        page.keyboard.press("Tab")
        stop = page.evaluate(_FOCUS_STOP)
        if stop is None or (stops and stop["what"] == stops[0]):
            break
        stops.append(stop["what"])
        if not stop["ring"]:
            problems.append(f"{rel or '/'}: no visible focus on {stop['what']} (stop {len(stops)})")
    else:
        problems.append(f"{rel or '/'}: focus did not come back round after {limit} Tab presses")
    problems += [f"{rel or '/'}: not reachable with Tab: {what}" for what in page.evaluate(_UNREACHED)]
    page.evaluate("() => { document.activeElement && document.activeElement.blur(); }")
    return stops, problems


def tab_to(tab: Tab, selector: str, limit: int = 60) -> bool:
    """Press Tab from the top of the page until ``selector`` has the focus; False if it never does."""
    page = tab.page
    _focus_top(tab)
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("selector => document.activeElement.matches(selector)", selector):
            return True
    return False


def keyboard_language_switch(tab: Tab, project: Project, rel: str) -> list[str]:
    """Without a mouse: Tab to the language selector's other language (its list opens as the
    focus enters it), check it shows, press Enter: the browser must land on the counterpart."""
    other = next(lang for lang in project.languages if lang != project.language_of(rel))
    expected = project.counterpart(rel, other)
    link = f'.md-select a[hreflang="{other}"]'
    if not tab_to(tab, link):
        return [f"{rel or '/'}: Tab never reaches the '{other}' link of the language selector"]
    if not tab.page.locator(link).first.is_visible():
        return [f"{rel or '/'}: the '{other}' link has the focus but is not shown"]
    with tab.page.expect_navigation(wait_until="load"):
        tab.page.keyboard.press("Enter")
    settle(tab)
    if tab.rel() != expected:
        return [f"{rel or '/'}: Enter on the '{other}' link led to /{tab.rel()}, expected /{expected}"]
    return []


def keyboard_search(tab: Tab, term: str) -> tuple[str | None, list[str]]:
    """Without a mouse: Tab to the search box, type ``term``, ArrowDown to the first result, Enter.
    Returns (the page that opened, problems)."""
    here = tab.rel()
    if not tab_to(tab, "input.md-search__input"):
        return None, [f"/{here}: Tab never reaches the search box"]
    # Entered as an IME does (no key events), then one key event: Material searches once, for the
    # whole term. Typed key by key, the answer to a first letter could be on the page when
    # ArrowDown moved the focus, and the whole term's answer replaced it under the focus.
    tab.page.keyboard.insert_text(term)
    tab.page.keyboard.press("End")
    tab.page.wait_for_function("""() => document.querySelector(".md-search-result__list > li")""")
    tab.page.keyboard.press("ArrowDown")
    focused = tab.page.evaluate(
        "() => document.activeElement.matches('.md-search-result__link') && document.activeElement.href"
    )
    if not focused:
        return None, [f"/{here}: ArrowDown from the search box does not focus the first result"]
    with tab.page.expect_navigation(wait_until="load"):
        tab.page.keyboard.press("Enter")
    settle(tab)
    return tab.rel(), []


def keyboard_palette(tab: Tab, rel: str) -> list[str]:
    """Without a mouse: Tab to the palette toggle, press Enter: the page switches to the other
    colour scheme; Enter again switches back. The toggle is named in the page's language."""
    problems = []
    lang = tab.page.evaluate("() => document.documentElement.lang")
    names = tab.page.eval_on_selector_all(
        "[data-md-component=palette] input.md-option", "inputs => inputs.map(i => i.getAttribute('aria-label') || '')"
    )
    for name in names:
        if not name or bool(re.search(r"[\u4e00-\u9fff]", name)) != lang.startswith("zh"):
            problems.append(f"{rel or '/'}: palette toggle named {name!r}, not in the page's language ({lang})")
    if not tab_to(tab, "[data-md-component=palette] input.md-option"):
        return problems + [f"{rel or '/'}: Tab never reaches the palette toggle"]
    scheme = "() => document.body.dataset.mdColorScheme"
    before = tab.page.evaluate(scheme)
    seen = [before]
    for _ in names:
        tab.page.keyboard.press("Enter")
        tab.page.wait_for_timeout(100)
        seen.append(tab.page.evaluate(scheme))
    if len(set(seen)) != len(names) or seen[-1] != before:
        problems.append(
            f"{rel or '/'}: Enter on the palette toggle went through the schemes {seen}, "
            f"expected each of the {len(names)} once and back to {before!r}"
        )
    return problems


def search_problems(tab: Tab, project: Project, home: str, term: str, expected: str, fresh: bool = True) -> list[str]:
    """Search ``term`` on the page ``home``: the first result must be ``expected`` and every result
    a page of the reader's language (the language of ``home``). With ``fresh=False`` a tab
    already on ``home`` (an earlier search there) searches again without reloading the page."""
    if fresh or tab.rel() != home:
        visit(tab, home)
    results = search(tab, term)
    lang = project.language_of(home)
    where = f"searching {term!r} on /{home}"
    if not results:
        return [f"{where} found nothing"]
    problems = []
    if results[0] != expected:
        problems.append(f"{where}: first result /{results[0]}, expected /{expected} (all: {results})")
    foreign = [r for r in results if project.language_of(r) != lang]
    if foreign:
        problems.append(f"{where}: results in another language than '{lang}': {foreign}")
    return problems + load_problems(tab, home)
