"""Site-level checks on this repository: strict bilingual build, zh/en parity, no orphan
examples, no untested code blocks, nothing loaded from other hosts, working language switch."""

from __future__ import annotations

from pathlib import Path

import pytest

from verifydocs import parity, sitecheck
from verifydocs.layout import Project, examples

ROOT = Path(__file__).resolve().parents[1]
PROJECT = Project.load(ROOT)
pytestmark = pytest.mark.xdist_group("site")  # one worker: its checks share the parsed pages


assert_none = sitecheck.assert_none


@pytest.fixture
def site(built_site) -> Path:
    return built_site  # the session's one strict build (tests/conftest.py)


def test_strict_build(site):
    assert (site / "index.html").exists() and (site / "en" / "index.html").exists()


def test_every_page_in_both_languages():
    assert_none(sitecheck.missing_translations(PROJECT))


def test_zh_en_parity():
    """Same snippets in the same order, same sections, and per section the same snippets,
    glossary links and prose numbers (verifydocs.parity)."""
    assert_none(parity.mismatches(PROJECT))


def test_include_targets_exist():
    assert_none(sitecheck.missing_targets(PROJECT))


def test_no_orphan_examples():
    assert examples(ROOT), "no examples found under snippets/"
    assert_none(sitecheck.orphans(PROJECT))


def test_every_figure_has_a_caption():
    assert_none(sitecheck.uncaptioned_figures(PROJECT))


def test_no_untested_code_blocks():
    files = [p for lang in PROJECT.languages for p in sitecheck.page_files(PROJECT, lang)]
    assert_none(sitecheck.untested_code(PROJECT, [*files, ROOT / "README.md"]))


def test_nothing_loaded_from_other_hosts(site):
    assert_none(sitecheck.external_requests(site))


def test_local_resources_exist(site):
    assert_none(sitecheck.broken_resources(site, PROJECT.base_path))


def test_language_switch_lands_on_counterpart(site):
    assert_none(sitecheck.language_switch_problems(PROJECT, site))


def test_math_is_rendered_locally(site):
    page = (site / "tensors" / "index.html").read_text("utf-8")
    assert 'class="arithmatex"' in page, "the Tensors page has no math"
    assert (site / "assets" / "mathjax" / "tex-svg.js").exists()


def test_chapter_notebooks_download_and_render(site):
    assert_none(sitecheck.notebook_problems(PROJECT, site))


def test_internal_links_and_anchors_resolve(site):
    assert_none(sitecheck.broken_links(site, PROJECT.base_path, PROJECT.site_url))


def test_external_links_are_listed_in_one_place(site):
    listed = sitecheck.read_link_list(ROOT / "tests" / "external_links.txt")
    assert_none(sitecheck.unlisted_external_links(site, listed, PROJECT.site_url))


def test_404_page_in_both_languages(site):
    zh, en = (site / "404.html").read_text("utf-8"), (site / "en" / "404.html").read_text("utf-8")
    assert '<html lang="zh"' in zh and "页面不存在" in zh, "/404.html is not the Chinese 404 page"
    assert '<html lang="en"' in en and "Page not found" in en, "/en/404.html is not the English 404 page"
