"""The browser checks must be able to fail: each test serves a deliberately broken site (a copy of
this one built without the language-switch hook, edited copies of its pages, or a tiny fake site)
and expects the check to name the cause."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from verifydocs import browser as br
from verifydocs import checkcache, sitecheck
from verifydocs.layout import Project
from verifydocs.siteserver import SiteServer

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser-unhooked-site")]  # one build and browser per module

ROOT = Path(__file__).resolve().parents[1]
PROJECT = Project.load(ROOT)
BASE = PROJECT.base_path


@pytest.fixture(scope="module")
def unhooked_site(tmp_path_factory) -> Path:
    """This site built without hooks/language_switch.py (the fix for Material's language selector
    under a sub-path)."""
    repo = sitecheck.copy_project(ROOT, tmp_path_factory.mktemp("unhooked"))
    config = repo / "mkdocs.yml"
    text = config.read_text("utf-8")
    assert "  - hooks/language_switch.py\n" in text
    config.write_text(text.replace("  - hooks/language_switch.py\n", ""), "utf-8")
    return sitecheck.build_or_fail(repo, repo / "site")


@pytest.fixture(scope="module")
def served(unhooked_site):
    with SiteServer(unhooked_site, BASE) as server:
        yield server


@pytest.fixture
def tab(chromium, served):
    tab = br.open_tab(chromium, served)
    tab.page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=served.origin)
    yield tab
    tab.page.context.close()


def test_without_the_hook_the_switch_fetches_missing_sitemaps_and_redirects(tab):
    br.visit(tab, "tensors/")
    problems = br.load_problems(tab, "tensors/")
    assert "tensors/: request failed: 404 tensors/sitemap.xml" in problems, problems
    assert any("console: Failed to load resource" in p for p in problems), problems
    switch = br.switch_language(tab, PROJECT, "tensors/")
    # Material intercepts the click and goes to the link without its slash: a redirect on GitHub
    # Pages (and on this server), a 404 on a host that does not redirect.
    assert switch == ["tensors/: the 'en' switch requests /en/tensors, expected /en/tensors/"], switch


def test_without_the_hook_404_page_is_english_only(unhooked_site):
    assert not (unhooked_site / "en" / "404.html").exists()
    assert '<html lang="en"' in (unhooked_site / "404.html").read_text("utf-8")


def test_search_index_without_the_page(tab, unhooked_site, tmp_path):
    index = unhooked_site / "search" / "search_index.json"
    saved = index.read_text("utf-8")
    data = json.loads(saved)
    data["docs"] = [d for d in data["docs"] if not d["location"].startswith("tensors/")]
    index.write_text(json.dumps(data), "utf-8")
    try:
        br.visit(tab, "")
        results = br.search(tab, "张量")
    finally:
        index.write_text(saved, "utf-8")
    assert results and results[0] != "tensors/", results


SLOW_SEARCH = """window.Worker = class extends window.Worker {  // with window.slowSearch: answers 0.5 s late
  addEventListener(type, listener, ...rest) {
    const late = event => window.slowSearch ? setTimeout(() => listener.call(this, event), 500) : listener.call(this, event);
    return super.addEventListener(type, type === "message" ? late : listener, ...rest);
  }
};"""


def test_a_second_search_on_the_same_page_waits_for_its_own_results(tab):
    """Searches that share a page load (fresh=False): the second must not read the results the
    first left on the page (its answers made late, as on a busy machine)."""
    tab.page.add_init_script(SLOW_SEARCH)
    for term, expected in [("张量", "tensors/"), ("Dense", "dense/")]:
        problems = br.search_problems(tab, PROJECT, "", term, expected, fresh=False)
        assert not [p for p in problems if p.startswith("searching")], problems
        tab.page.evaluate("() => { window.slowSearch = true; }")
    assert tab.page.locator("input.md-search__input").input_value() == "Dense"


def _edit(path: Path, old: str, new: str) -> str:
    text = path.read_text("utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new), "utf-8")
    return text


def test_code_copy_feature_off(tab, unhooked_site):
    page = unhooked_site / "tensors" / "index.html"
    saved = _edit(page, '"content.code.copy", ', "")
    try:
        br.visit(tab, "tensors/")
        problems = br.copy_button_problems(tab, "tensors/") + br.content_problems(tab, "tensors/")
    finally:
        page.write_text(saved, "utf-8")
    assert problems[0] == "tensors/: code blocks have no copy button", problems
    assert any("code block without a copy button" in p for p in problems), problems


def test_linked_content_tabs_off(tab, unhooked_site):
    probe = br.add_probe_page(ROOT, unhooked_site)
    br.visit(tab, probe)
    assert br.tabs_problems(tab, probe) == []
    _edit(unhooked_site / probe, '"content.tabs.link", ', "")
    br.visit(tab, probe)
    problems = br.tabs_problems(tab, probe)
    assert problems and all(f"{probe}: after clicking tab" in p and "tab set 2 shows" in p for p in problems), problems


BROKEN_PAGE = """<!doctype html><html><head><meta name="viewport" content="width=device-width">
<script src="https://cdn.example.org/lib.js"></script></head><body>
<div class="md-sidebar--secondary"><nav class="md-nav--secondary"><a href="#d">\\(y = x^2\\) 的导数</a></nav></div>
<article>
<img src="missing.png" alt="figure">
<p>Raw math: $$x^2$$</p>
<div class="arithmatex">\\(x\\)</div>
<pre><code>print(1)</code></pre>
<div style="width: 2000px">wide</div>
<script>console.error("boom"); null.f();</script>
</article></body></html>"""


def test_fake_broken_page(chromium, tmp_path):
    site = tmp_path / "site"
    (site / "page").mkdir(parents=True)
    (site / "page" / "index.html").write_text(BROKEN_PAGE, "utf-8")
    with SiteServer(site, "/repo/") as server:
        tab = br.open_tab(chromium, server)
        try:
            br.visit(tab, "page/")
            load = br.load_problems(tab, "page/")
            content = br.content_problems(tab, "page/")
            phone = br.phone_problems(tab, "page/")
            switch = br.switch_language(tab, PROJECT, "page/")
        finally:
            tab.page.context.close()
    assert "page/: request to another host: https://cdn.example.org/lib.js" in load, load
    assert "page/: console: boom" in load, load
    assert any(p.startswith("page/: uncaught: ") for p in load), load
    assert "page/: request failed: 404 page/missing.png" in load, load
    assert content == [
        "page/: image not loaded: missing.png",
        "page/: math not rendered: \\(x\\)",
        "page/: raw math source in the text: $$",
        "page/: raw math source in the text: \\(",
        "page/: raw math source in the table of contents: \\(",
        "page/: code block without a copy button: print(1)",
    ], content
    assert len(phone) == 1 and re.match(r"page/: at 390px wider than the screen \(20\d\dpx > 390px\): div", phone[0]), (
        phone
    )
    assert switch == ["page/: no language selector link to 'en'"]


def test_search_without_the_language_worker(tab, unhooked_site):
    """The copy is built with hooks/search_language.py (only the language-switch hook is missing):
    its English home finds softmax on the English page alone. Pointed back at Material's own
    worker, as a build without the hook leaves it, the Chinese page comes first."""

    def search() -> list[str]:  # (without the hook's load problems: sitemap.xml requests)
        problems = br.search_problems(tab, PROJECT, "en/", "softmax", "en/activations/")
        return [p for p in problems if p.startswith("searching")]

    assert search() == []
    page = unhooked_site / "en" / "index.html"
    text = page.read_text("utf-8")
    material = re.sub(r"workers/search-language\.js\?worker=([\w.]+)[^\"]*", r"workers/\1", text)
    assert material != text
    page.write_text(material, "utf-8")
    try:
        problems = search()
    finally:
        page.write_text(text, "utf-8")
    assert any(
        p.startswith("searching 'softmax' on /en/: first result /activations/, expected /en/activations/")
        for p in problems
    ), problems
    assert any(
        p.startswith("searching 'softmax' on /en/: results in another language than 'en': ['activations/'")
        for p in problems
    ), problems


PIXEL = (
    "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR4nGNgYAAAAAMAAWgmWQ0AAAAASUVORK5CYII="
)
INACCESSIBLE_PAGE = f"""<!doctype html><html lang="zh"><head><meta charset="utf-8"><title>不可读的页面</title>
<style>
  body {{ background: #fff; color: #111; }}
  .faint {{ color: #bbb; }}
  [data-md-color-scheme=slate] {{ background: #222; color: #eee; }}
  [data-md-color-scheme=slate] .dark-only {{ color: #444; }}
  a.no-ring:focus {{ outline: none; }}
  pre {{ background: #f5f5f5; }}
  .tok {{ color: #c8c8c8; }}
</style></head>
<body data-md-color-scheme="default">
<form data-md-component="palette">
  <input class="md-option" type="radio" name="__palette" aria-label="浅色" data-md-color-scheme="default">
  <input class="md-option" type="radio" name="__palette" aria-label="深色" data-md-color-scheme="slate">
</form>
<main><article class="md-typeset">
  <h1>不可读的页面</h1>
  <p class="faint">这段文字太淡，看不清。</p>
  <p class="dark-only">浅色下看得清，深色下看不清。</p>
  <div role="dialog"><p>没有名字的对话框</p></div>
  <img src="{PIXEL}" alt="Figure: an English description on a Chinese page">
  <div class="arithmatex"><mjx-container><svg width="10" height="10"></svg></mjx-container></div>
  <pre><span class="tok">faint</span> = <span class="tok">tokens</span> + <span class="tok">alike</span></pre>
  <p><a class="no-ring" href="#a">没有焦点框的链接</a></p>
  <input class="trap" aria-label="陷阱" onkeydown="if (event.key === 'Tab') event.preventDefault()">
  <p><a href="#after">陷阱后面的链接</a></p>
</article></main></body></html>"""


def test_fake_inaccessible_page(chromium, tmp_path):
    """axe-core, the content checks and the keyboard walk each name what is wrong: text too faint
    in the light scheme, text too faint only in the dark one, faint code (reported once for all its
    tokens of that colour), an unnamed dialog, an English alt
    text on a Chinese page, math without MathML, a link without a focus ring, a keyboard trap."""
    site = tmp_path / "site"
    (site / "page").mkdir(parents=True)
    (site / "page" / "index.html").write_text(INACCESSIBLE_PAGE, "utf-8")
    with SiteServer(site, "/repo/") as server:
        tab = br.open_tab(chromium, server)
        try:
            br.visit(tab, "page/")
            axe = br.accessibility_problems(tab, "page/")
            scheme = tab.page.evaluate("() => document.body.dataset.mdColorScheme")
            content = br.content_problems(tab, "page/")
            stops, keyboard = br.keyboard_problems(tab, "page/", limit=12)
        finally:
            tab.page.context.close()
    assert scheme == "default", "the check leaves the page in the scheme it opened in"

    def found(prefix: str, *inside: str) -> bool:
        return any(p.startswith(prefix) and all(s in p for s in inside) for p in axe)

    assert found("page/: [default] color-contrast (serious): .faint: Element has insufficient color contrast of "), axe
    assert found("page/: [slate] color-contrast (serious): .dark-only: Element has insufficient color contrast of "), (
        axe
    )
    assert not found("page/: [default] color-contrast", ".dark-only"), axe
    assert not found("page/: [slate] color-contrast", ".faint"), axe  # light grey on dark: readable
    assert found('page/: [default] aria-dialog-name (serious): div[role="dialog"]'), axe
    # code tokens of one colour are one question for color-contrast: asked (and failed) once
    assert len([p for p in axe if p.startswith("page/: [default] color-contrast") and "#c8c8c8" in p]) == 1, axe
    assert not found("page/: [slate] aria-dialog-name"), "only the colour rules run again in the dark scheme"
    assert content == [
        "page/: math without MathML for screen readers: ",
        "page/: image alt text not in the page's language (zh): Figure: an English description on a Chinese page",
    ], content
    assert 'page/: no visible focus on a.no-ring "没有焦点框的链接" (stop 2)' in keyboard, keyboard
    assert "page/: focus did not come back round after 12 Tab presses" in keyboard, keyboard
    assert "page/: not reachable with Tab: a #after" in keyboard, keyboard


def test_tour_halves_cover_every_page_once_and_keep_language_pairs_together():
    project = Project.load(Path(__file__).resolve().parents[1])
    pages = ["", "en/", "tensors/", "en/tensors/", "dense/", "en/dense/", "glossary/", "en/glossary/", "404.html"]
    halves = [br.shard(pages, project, k, 2) for k in range(2)]
    assert sorted(halves[0] + halves[1]) == sorted(pages)
    for half in halves:
        assert all(project.counterpart(rel, "en") in half for rel in half if rel != "404.html"), half
    pairs = [{project.counterpart(rel, project.default_language) for rel in half} for half in halves]
    assert abs(len(pairs[0]) - len(pairs[1])) <= 1, pairs
    # weighted: one heavy pair outweighs all the others together, so it is a half of its own
    heavy = {"tensors/": 10, "en/tensors/": 10}
    weighted = [br.shard(pages, project, k, 2, lambda rel: heavy.get(rel, 1)) for k in range(2)]
    assert weighted == [
        ["tensors/", "en/tensors/"],
        ["", "en/", "dense/", "en/dense/", "glossary/", "en/glossary/", "404.html"],
    ]


def test_page_weight_counts_a_pages_elements(tmp_path):
    for rel, body in [("", "<p>a</p>"), ("en/big/", "<p>a</p>" * 50)]:
        (tmp_path / rel).mkdir(parents=True, exist_ok=True)
        (tmp_path / rel / "index.html").write_text(body, "utf-8")
    assert br.page_weight(tmp_path, "en/big/") - br.page_weight(tmp_path, "") == 49 * 2


PAIR_PAGE = """<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>
<link rel="stylesheet" href="/repo/{css}"></head><body><main><article><h1>{title}</h1><p>{text}</p>
<div class="md-select"><a hreflang="zh" href="/repo/{zh}">中文</a> <a hreflang="en" href="/repo/{en}">English</a></div>
</article></main></body></html>"""


def _pair_site(site: Path) -> None:
    """Two pages in two languages: page/ (with page.css) and other/ (with other.css)."""
    for name in ("page", "other"):
        (site / f"{name}.css").parent.mkdir(parents=True, exist_ok=True)
        (site / f"{name}.css").write_text("p { color: #222; }", "utf-8")
        for lang, rel, title, text in [("zh", f"{name}/", "页面", "正文"), ("en", f"en/{name}/", "Page", "Text")]:
            (site / rel).mkdir(parents=True, exist_ok=True)
            html = PAIR_PAGE.format(
                lang=lang, title=title, text=text, css=f"{name}.css", zh=f"{name}/", en=f"en/{name}/"
            )
            (site / rel / "index.html").write_text(html, "utf-8")


def test_tour_visits_again_only_what_changed_or_failed(chromium, tmp_path):
    """A pair that passed is not visited again while its files and the code key are the same; an
    edit to a file one pair loads (a stylesheet) sends only that pair round again; a pair that
    fails is never kept. (tests/test_checkcache.py: the keys themselves.)"""
    site = tmp_path / "site"
    _pair_site(site)
    pages = ["en/other/", "en/page/", "other/", "page/"]
    store: dict = {}

    class Store:  # pytest's config.cache, in memory
        get, set = store.get, store.__setitem__

    def run() -> dict:
        with SiteServer(site, "/repo/") as server:
            tab = br.open_tab(chromium, server)
            try:
                with server.recording() as served:
                    found = br.tour(tab, PROJECT, pages, checkcache.CheckCache(Store, "code"))
            finally:
                tab.page.context.close()
        problems = [p for kind in ("load", "content", "axe", "phone", "switch") for p in found[kind]]
        return {"problems": problems, "unchanged": found["unchanged"], "served": served, "pages": found["pages"]}

    first = run()
    assert first["problems"] == [] and first["unchanged"] == [] and first["pages"] == sorted(pages), first
    assert set(store) == {checkcache.NAMESPACE + "tour%2Fother%2F", checkcache.NAMESPACE + "tour%2Fpage%2F"}, store
    assert store[checkcache.NAMESPACE + "tour%2Fpage%2F"]["files"].keys() == {
        "page/index.html",
        "en/page/index.html",
        "page.css",
    }

    again = run()
    assert again["unchanged"] == sorted(pages) and again["served"] == set(), again

    (site / "page.css").write_text("p { color: #333; }", "utf-8")
    edited = run()
    assert edited["unchanged"] == ["en/other/", "other/"], edited
    assert {"page/index.html", "page.css"} <= edited["served"] and "other/index.html" not in edited["served"], edited

    broken = site / "en" / "other" / "index.html"
    broken.write_text(broken.read_text("utf-8").replace("<p>", "<script>console.error('boom')</script><p>"), "utf-8")
    failed = run()
    assert failed["problems"] == ["en/other/: console: boom"] and failed["unchanged"] == ["en/page/", "page/"], failed
    assert not checkcache.CheckCache(Store, "code").unchanged("tour/other/", site), "a failing pair is not kept"
