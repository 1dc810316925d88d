"""The browser checks must be able to fail: each test serves a deliberately broken site (a copy of
this one built without the language-switch hook, edited copies of its pages, or a tiny fake site)
and expects the check to name the cause."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from verifydocs import browser as br
from verifydocs import sitecheck
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
<script src="https://cdn.example.org/lib.js"></script></head><body><article>
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
        "page/: code block without a copy button: print(1)",
    ], content
    assert len(phone) == 1 and re.match(r"page/: at 390px wider than the screen \(20\d\dpx > 390px\): div", phone[0]), (
        phone
    )
    assert switch == ["page/: no language selector link to 'en'"]
