"""The site as readers see it, in headless Chromium: the strict build served by a local static
server under the path of ``site_url`` (``/tf-first-principles/``, as on GitHub Pages), every
request to another host blocked and reported (the site must work with the network off).

Pages come from the built site (every ``index.html``), not from a list: new chapters and notebook
pages are checked as they appear. Screenshots for reviewers go to test-results/screenshots/.
Skipped where Chromium is missing (a failure in CI); deselect with ``-m 'not browser'``. Page
pairs and tests that passed are not run again while nothing they read changed (``kept``;
``--cache-clear`` runs them all); the searches always run.
"""

from __future__ import annotations

from importlib.metadata import version
from pathlib import Path

import pytest

from verifydocs import browser as br
from verifydocs import checkcache, keptrun, sitecheck
from verifydocs.layout import Project
from verifydocs.siteserver import SiteServer

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser-site")]  # one build and browser per module

ROOT = Path(__file__).resolve().parents[1]
PROJECT = Project.load(ROOT)
BASE = PROJECT.base_path
SCREENSHOTS = ROOT / "test-results" / "screenshots"

# The page a search must list first, and every result must be a page of the reader's language
# (the language of the page searched from), for queries in either script. Chapters other
# engineers still write may make these fail for a while: then the chapter, not the expectation,
# is what is missing.
SEARCHES = [
    ("", "张量", "tensors/"),
    ("", "反向传播", "backprop/"),
    ("", "梯度下降", "gradient-descent/"),
    ("", "学习率", "learning-rate/"),
    ("", "交叉熵", "losses/"),
    ("", "Dense", "dense/"),
    ("", "GradientTape", "backprop/"),
    ("en/", "tensor", "en/tensors/"),
    ("en/", "backpropagation", "en/backprop/"),
    ("en/", "softmax", "en/activations/"),
    ("en/", "Dense", "en/dense/"),
    ("en/", "GradientTape", "en/backprop/"),
]


assert_none = sitecheck.assert_none


@pytest.fixture(scope="module")
def site(built_site_copy) -> Path:
    return built_site_copy  # the session's one strict build, copied: the tabs probe is added to it


@pytest.fixture(scope="module")
def server(site):
    with SiteServer(site, BASE) as server:
        yield server


@pytest.fixture(scope="module")
def tab(chromium, server):
    tab = br.open_tab(chromium, server)
    tab.page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=server.origin)
    yield tab
    tab.page.context.close()


CODE = checkcache.CheckingCode(ROOT, __file__)  # at collection, when this run imported it


@pytest.fixture(scope="module")
def kept(request, chromium) -> checkcache.CheckCache:
    """The tour's page pairs and the tests (``unless_unchanged``) that passed in earlier runs
    (verifydocs/checkcache.py), keyed on the tooling and this module as this run loaded them,
    Chromium, Playwright, axe-core and the installed fonts. ``pytest --cache-clear`` forgets them."""
    return CODE.cache(
        request.config.cache, chromium.version, version("playwright"), br.axe_script(), checkcache.fonts()
    )


@pytest.fixture
def unless_unchanged(request, kept, server, site):
    """For a test that reads the site through ``server`` or ``contains``: skipped if it passed in an
    earlier run with the same files, the same list of pages and the same checking code; else run,
    and kept if it passes (verifydocs/keptrun.py)."""
    unit, pages = f"{Path(__file__).stem}/{request.node.name}", "\n".join(br.site_pages(site))
    yield from keptrun.unless_unchanged(request, kept, unit, site, server, also=pages)


# The tour of every page is the suite's longest task (axe-core in two colour schemes on each
# page), so it runs in two halves of equal weight (br.page_weight) side by side: the first with
# the search, copy, tabs and 404 tests, the second with the keyboard tests and the screenshots
# (about as long), in a group of its own on another worker with its own browser and copy of the build.
SECOND = pytest.mark.xdist_group("browser-tour")
TOUR_HALVES = [pytest.param(0, id="half1"), pytest.param(1, id="half2", marks=SECOND)]


@pytest.fixture(scope="module", params=TOUR_HALVES)
def tour(request, tab, site, kept) -> dict[str, list[str]]:
    """br.tour of this half of the site's pages, keeping what passes."""
    every = br.site_pages(site)
    assert "" in every and "en/" in every, f"no home pages in {site}"
    pages = br.shard(every, PROJECT, request.param, len(TOUR_HALVES), lambda rel: br.page_weight(site, rel))
    return br.tour(tab, PROJECT, pages, kept)


def test_every_page_loads_offline_without_errors(tour, record_property):
    """No console error or uncaught exception, no request to another host, no failed request."""
    assert len(tour["pages"]) >= 4, tour["pages"]
    record_property(checkcache.UNCHANGED, (len(tour["unchanged"]), len(tour["pages"])))
    assert_none(tour["load"])


def test_images_math_and_copy_buttons_render(tour):
    assert_none(tour["content"])


def test_no_serious_accessibility_violation_in_any_scheme(tour):
    """axe-core on every page: all its rules in the light scheme, the colour rules again in every
    other scheme of the palette toggle; no serious or critical violation."""
    assert_none(tour["axe"])


def test_language_switch_leads_to_the_counterpart(tour):
    assert_none(tour["switch"])


def test_pages_fit_a_phone_screen(tour):
    assert_none(tour["phone"])


@pytest.fixture(scope="module")
def search_tabs(chromium, server):
    """A tab per home page searched from, which stays there: the searches from one home page
    share one load of it and of its search index, in whatever order pytest-randomly runs the
    module's tests."""
    tabs: dict[str, br.Tab] = {}

    def tab_on(home: str) -> br.Tab:
        if home not in tabs:
            tabs[home] = br.open_tab(chromium, server)
        return tabs[home]

    yield tab_on
    for tab in tabs.values():
        tab.page.context.close()


@pytest.mark.parametrize(
    ("home", "term", "expected"), SEARCHES, ids=[f"{PROJECT.language_of(s[0])}-{s[1]}" for s in SEARCHES]
)
def test_search_lists_the_right_page_first_in_the_readers_language(search_tabs, home, term, expected):
    assert_none(br.search_problems(search_tabs(home), PROJECT, home, term, expected, fresh=False))


def test_copy_button_copies_the_code(tab, site, unless_unchanged):
    pages = br.site_pages(site)
    problems = []
    for lang_pages in ([p for p in pages if not p.startswith("en/")], [p for p in pages if p.startswith("en/")]):
        with_code = next((p for p in lang_pages if unless_unchanged.contains(p, "<pre")), None)
        if with_code is None:
            problems.append(f"no page with a code block among {lang_pages}")
            continue
        br.visit(tab, with_code)
        problems += br.copy_button_problems(tab, with_code)
    assert_none(problems)


@pytest.fixture(scope="module")
def probe(site) -> str:
    """The tabs probe page (br.add_probe_page) in this module's copy of the build: written before
    ``unless_unchanged`` compares the files a test loaded."""
    return br.add_probe_page(ROOT, site)


def test_content_tabs_switch_together(tab, site, probe, unless_unchanged):
    # the element's class: the bare word is in every page, in Material's script for linked tabs
    pages = [p for p in br.site_pages(site) if unless_unchanged.contains(p, 'class="tabbed-set')]
    problems = []
    for rel in [probe, *pages[:2]]:  # the probe, and pages that really have tabs, if any yet
        br.visit(tab, rel)
        problems += br.tabs_problems(tab, rel) if rel == probe or tab.page.locator(".tabbed-set").count() > 1 else []
        problems += br.load_problems(tab, rel)
    assert_none(problems)


@pytest.mark.parametrize("missing", ["no-such-page/", "en/no/such/page/"])
def test_404_page_in_both_languages(tab, missing, unless_unchanged):
    """A static host answers a missing page with /404.html (the Chinese one, which also speaks
    English); /en/404.html is the English one. Both work at any depth and switch language."""
    problems = []
    for rel, status, heading, home in [
        (missing, 404, "页面不存在", ""),
        ("en/404.html", None, "Page not found", "en/"),
    ]:
        tab.page.goto(tab.server.url(rel), wait_until="load")
        tab.page.evaluate(br._READY)
        problems += br.load_problems(tab, rel, expected_status=status)
        h1 = tab.page.locator("article h1").first.inner_text()
        if heading not in h1:
            problems.append(f"{rel}: heading {h1!r}, expected it to say {heading!r}")
        links = tab.page.eval_on_selector_all("article a", "links => links.map(a => a.href)")
        for target in ("", "en/"):
            if tab.server.url(target) not in links:
                problems.append(f"{rel}: no link to the home page /{target} in {links}")
        problems += br.accessibility_problems(tab, rel)
        other = "en/" if home == "" else ""
        switch = tab.page.locator(f'.md-select a[hreflang="{"en" if other else "zh"}"]').first.get_attribute("href")
        if switch != BASE + other:
            problems.append(f"{rel}: the language switch leads to {switch}, expected {BASE + other}")
    assert_none(problems)


def _chapters() -> list[str]:
    """A chapter page in each language (the Tensors chapter if there is one)."""
    chapters = PROJECT.chapters(PROJECT.default_language)
    first = "tensors.md" if "tensors.md" in chapters else chapters[0]
    return [PROJECT.page_path(lang, first) for lang in PROJECT.languages]


@pytest.fixture
def keyboard(chromium, server):
    """A fresh tab for keyboard tests (the palette toggle remembers its scheme in the tab)."""
    tab = br.open_tab(chromium, server)
    yield tab
    tab.page.context.close()


@SECOND
@pytest.mark.parametrize("rel", _chapters())
def test_keyboard_reaches_every_control_with_a_visible_focus(keyboard, rel, unless_unchanged):
    """Tab through a whole chapter page: every control is a stop, and every stop shows focus."""
    br.visit(keyboard, rel)
    stops, problems = br.keyboard_problems(keyboard, rel)
    assert len(stops) > 20, stops
    assert_none(problems + br.load_problems(keyboard, rel))


@SECOND
@pytest.mark.parametrize("rel", _chapters())
def test_language_switch_and_palette_toggle_without_a_mouse(keyboard, rel, unless_unchanged):
    br.visit(keyboard, rel)
    problems = br.keyboard_palette(keyboard, rel)
    problems += br.keyboard_language_switch(keyboard, PROJECT, rel)
    assert_none(problems + br.load_problems(keyboard, keyboard.rel()))


@SECOND
@pytest.mark.parametrize(("home", "term", "expected"), [s for s in SEARCHES if s[1] in ("张量", "tensor")])
def test_search_without_a_mouse(keyboard, home, term, expected):
    """Tab to the search box, type, ArrowDown to the first result, Enter: its page opens."""
    br.visit(keyboard, home)
    landed, problems = br.keyboard_search(keyboard, term)
    assert_none(problems)
    assert landed == expected, f"searching {term!r} on /{home} by keyboard opened /{landed}, expected /{expected}"
    assert_none(br.load_problems(keyboard, landed))


@SECOND
def test_screenshots_for_reviewers(chromium, server, site, unless_unchanged):
    """Home and the first chapter in each language, desktop and phone width, and on the desktop
    in the dark scheme too, into test-results/screenshots/ (look at them; they are not goldens)."""
    chapter = next((p for p in br.site_pages(site) if p == "tensors/"), None) or br.site_pages(site)[1]
    problems = []
    for name, viewport, options in [
        ("desktop", br.DESKTOP, {}),
        ("desktop-dark", br.DESKTOP, {"color_scheme": "dark"}),
        ("phone", br.PHONE, {"is_mobile": True, "has_touch": True, "device_scale_factor": 2}),
    ]:
        tab = br.open_tab(chromium, server, viewport=viewport, **options)
        try:
            for rel, label in [
                (chapter, f"zh-{chapter.strip('/')}"),
                ("en/", "en-home"),
                (PROJECT.counterpart(chapter, "en"), f"en-{chapter.strip('/')}"),
                ("", "zh-home"),  # last: the phone's menu opens on it
            ]:
                br.visit(tab, rel)
                br.screenshot(tab, unless_unchanged.wrote(SCREENSHOTS / f"{label}-{name}.png"))
                problems += br.load_problems(tab, rel)
            if name == "phone":  # the navigation drawer opens and lists the chapters
                tab.page.locator('.md-header label[for="__drawer"]').first.click()
                tab.page.wait_for_timeout(400)
                links = tab.page.locator(".md-nav--primary .md-nav__link").filter(has_text="张量")
                if not links.first.is_visible():
                    problems.append("phone: the menu does not show the chapter list")
                br.screenshot(tab, unless_unchanged.wrote(SCREENSHOTS / f"zh-menu-{name}.png"))
        finally:
            tab.page.context.close()
    assert_none(problems)
