"""The site checks must be able to fail: each test breaks a copy of the repository (a small one
where a build is needed, or a tiny fake site) on purpose and expects the check to name the cause.
Also: the strict build the site and browser tests share is made once for every xdist worker."""

from __future__ import annotations

import dataclasses
import os
import re
import stat
from pathlib import Path

import pytest

from verifydocs import once, parity, sitecheck
from verifydocs.layout import Project
from verifydocs.pages import INCLUDE, read_file

ROOT = Path(__file__).resolve().parents[1]
PROJECT = Project.load(ROOT)
pytest_plugins = ["pytester"]
pytestmark = pytest.mark.kept  # skipped while nothing it reads has changed (verifydocs/keptrun.py)


@pytest.fixture
def repo(tmp_path) -> Project:
    return dataclasses.replace(PROJECT, root=sitecheck.copy_project(ROOT, tmp_path))


# The builds below need one chapter, not the whole site: the real tooling, mkdocs.yml and assets
# with two pages per language (a home page and a Tensors chapter showing one real example): its
# build took 5.5 s where the full copy's took 14.3 s, in one window. Its strict build is clean: the raw-JSON test builds it without a
# warning (its trap only unwraps the notebook pages), so the failure of the other is the deletion's.
SMALL_PAGES = {
    "zh": ("# 首页\n\n[张量](tensors.md)\n", "# 张量\n"),
    "en": ("# Home\n\n[Tensors](tensors.md)\n", "# Tensors\n"),
}
EXAMPLE = '\n```python\n--8<-- "tensors/constants.py"\n```\n\n```text\n--8<-- "tensors/constants.out"\n```\n'


@pytest.fixture
def small_repo(tmp_path) -> Project:
    root = sitecheck.copy_project(ROOT, tmp_path)
    for lang, (home, chapter) in SMALL_PAGES.items():
        for page in (root / "docs" / lang).glob("*.md"):
            page.unlink()
        (root / "docs" / lang / "index.md").write_text(home, "utf-8")
        (root / "docs" / lang / "tensors.md").write_text(chapter + EXAMPLE, "utf-8")
    config = root / "mkdocs.yml"
    nav = "\nnav:\n  - 首页: index.md\n  - 张量: tensors.md\n"
    text, n = re.subn(r"\nnav:\n(?:  - .*\n)+", nav, config.read_text("utf-8"))
    assert n == 1, "mkdocs.yml has no nav: list to shorten"
    config.write_text(text, "utf-8")
    small = Project.load(root)
    assert small.pages("en") == ["index.md", "tensors.md"] and small.chapters("en") == ["tensors.md"]
    return small


def _warnings(result) -> list[str]:
    return [line for line in (result.stdout + result.stderr).splitlines() if line.startswith("WARNING")]


def _first_include(page: Path) -> str:
    line = read_file(page).includes[0].line
    return page.read_text("utf-8").splitlines()[line]  # the line after the fence's opening


def test_deleted_zh_page_fails_parity_and_strict_build(small_repo):
    (small_repo.root / "docs/zh/tensors.md").unlink()
    assert any(
        "docs/en/tensors.md has no translation docs/zh/tensors.md" in p
        for p in sitecheck.missing_translations(small_repo)
    )
    result = sitecheck.build(small_repo.root, small_repo.root / "site")
    assert result.returncode != 0
    assert "has no translation docs/zh/tensors.md" in result.stdout + result.stderr
    assert all("tensors.md" in w for w in _warnings(result)), _warnings(result)  # that page, and nothing else


def test_removed_include_is_an_orphan_and_a_mismatch(repo):
    page = repo.root / "docs/en/tensors.md"
    line = _first_include(page)
    page.write_text(page.read_text("utf-8").replace(line + "\n", "", 1), "utf-8")
    target = "snippets/" + INCLUDE.match(line)["target"]
    assert any(target in p and "docs/en/" in p for p in sitecheck.orphans(repo))
    assert any("show different snippets" in p for p in parity.mismatches(repo))


def test_include_of_missing_file(repo):
    page = repo.root / "docs/zh/tensors.md"
    page.write_text(page.read_text("utf-8") + '\n```text\n--8<-- "tensors/nope.out"\n```\n', "utf-8")
    assert any("snippets/tensors/nope.out, which does not exist" in p for p in sitecheck.missing_targets(repo))


def test_figure_without_caption(repo):
    page = repo.root / "docs/en/tensors.md"
    figure = read_file(page).figures[0]
    lines = page.read_text("utf-8").split("\n")
    start = figure.line + 1  # the blank line, then "/// caption" … "///"
    assert lines[start] == "/// caption"
    end = lines.index("///", start + 1)
    page.write_text("\n".join(lines[:start] + lines[end + 1 :]), "utf-8")
    problems = sitecheck.uncaptioned_figures(repo)
    assert problems == [
        f"docs/en/tensors.md:{figure.line}: figure {figure.target} has no caption "
        "(add `/// caption` … `///` after it, in the page's language)"
    ]


def test_pasted_code_is_untested(repo):
    page = repo.root / "docs/zh/tensors.md"
    page.write_text(page.read_text("utf-8") + '\n```python title="pasted.py"\nprint(1)\n```\n', "utf-8")
    problems = sitecheck.untested_code(repo, [page])
    assert problems and "docs/zh/tensors.md" in problems[0] and "neither a snippet include" in problems[0]


def _fake_site(tmp_path: Path, zh_body: str, en_body: str = "") -> Path:
    site = tmp_path / "site"
    (site / "page").mkdir(parents=True)
    (site / "en" / "page").mkdir(parents=True)
    (site / "page" / "index.html").write_text(f"<html><body>{zh_body}</body></html>", "utf-8")
    (site / "en" / "page" / "index.html").write_text(f"<html><body>{en_body}</body></html>", "utf-8")
    return site


def test_resource_from_other_host(tmp_path):
    site = _fake_site(tmp_path, '<script src="https://cdn.example.org/katex.js"></script>')
    assert sitecheck.external_requests(site) == [
        "page/index.html loads https://cdn.example.org/katex.js from another host"
    ]


def test_missing_local_resource(tmp_path):
    site = _fake_site(tmp_path, '<img src="../snippets/x.png">')
    assert sitecheck.broken_resources(site) == [
        "page/index.html references ../snippets/x.png, which is not in the site"
    ]


def test_missing_stylesheet_and_anchors_by_id_or_name(tmp_path):
    site = _fake_site(
        tmp_path,
        '<link rel="preload stylesheet" href="../x.css"><a href="#n">n</a><a name="n"></a><a href="../en/page/#x">x</a>',
        '<p id="x">x</p>',
    )
    assert sitecheck.broken_resources(site) == ["page/index.html references ../x.css, which is not in the site"]
    assert sitecheck.broken_links(site) == []
    (site / "en" / "page" / "index.html").write_text("<p>no id any more</p>", "utf-8")  # changed: read again
    assert sitecheck.broken_links(site) == ["page/index.html: link ../en/page/#x: no #x in en/page/index.html"]


def test_language_switch_to_wrong_page(tmp_path):
    site = _fake_site(
        tmp_path, '<a hreflang="en" href="../en/">English</a>', '<a hreflang="zh" href="../../page/">中文</a>'
    )
    here = dataclasses.replace(PROJECT, site_url="https://example.org/")
    assert sitecheck.language_switch_problems(here, site) == [
        "page/index.html: the 'en' switch leads to en/index.html, expected en/page/index.html"
    ]


def test_language_switch_missing_the_site_path(tmp_path):
    # Served under /repo/, an absolute link without that prefix 404s (a known Material + i18n trap).
    site = _fake_site(
        tmp_path, '<a hreflang="en" href="/en/page/">English</a>', '<a hreflang="zh" href="/repo/page/">中文</a>'
    )
    here = dataclasses.replace(PROJECT, site_url="https://example.org/repo/")
    assert sitecheck.language_switch_problems(here, site) == [
        "page/index.html: the 'en' switch leads to /en/page/ (outside /repo/), expected en/page/index.html"
    ]


def test_notebook_pages_not_wrapped_for_mkdocs_jupyter_are_raw_json(small_repo):
    # Added as a plain File (as mkdocs-static-i18n leaves every file), without the NotebookFile
    # wrapper of workarounds/notebook_pages.page_file, a notebook page's index.html is the
    # notebook's JSON, and --strict still passes.
    hook = small_repo.root / "hooks" / "notebooks.py"
    wrapped = 'notebook_pages.page_file(config, where["page"], str(path), lang, alternates)'
    plain = (
        'File.generated(config, where["page"], abs_src_path=str(path), '
        'inclusion=InclusionLevel.NOT_IN_NAV)\n        nb_page.dest_uri = where["page_url"] + "index.html"'
    )
    text = hook.read_text("utf-8")
    assert wrapped in text
    hook.write_text(text.replace(wrapped, plain), "utf-8")
    site = small_repo.root / "site"
    result = sitecheck.build(small_repo.root, site)
    assert result.returncode == 0 and not _warnings(result), result.stdout + result.stderr  # the trap: nothing warns
    problems = sitecheck.notebook_problems(small_repo, site)
    assert any("notebooks/tensors/index.html is the raw notebook JSON" in p for p in problems), problems
    assert (site / "notebooks" / "tensors" / "index.html").read_text("utf-8").lstrip().startswith("{")


def test_broken_link_and_missing_anchor(tmp_path):
    site = _fake_site(
        tmp_path,
        '<a href="../nope/">x</a> <a href="../en/page/#nowhere">y</a> <a href="#here">z</a>',
        '<h2 id="there">t</h2>',
    )
    assert sitecheck.broken_links(site) == [
        "page/index.html: link ../nope/ leads to no page of the site",
        "page/index.html: link ../en/page/#nowhere: no #nowhere in en/page/index.html",
        "page/index.html: link #here: no #here in page/index.html",
    ]


def test_unlisted_external_link(tmp_path):
    site = _fake_site(tmp_path, '<a href="https://example.org/x">x</a> <a href="https://me.io/s/page/">own</a>')
    assert sitecheck.unlisted_external_links(site, {"https://old.example.org/"}, "https://me.io/s/") == [
        "https://example.org/x (on page/index.html) is not listed in tests/external_links.txt",
        "tests/external_links.txt lists https://old.example.org/, which no page links to any more",
    ]


# --- the one build per test session (verifydocs/once.py, tests/conftest.py's built_site) ---------

MADE_ONCE = """
import os, time
import pytest
from verifydocs import once

def _make(folder, why):
    time.sleep(0.5)  # long enough for the other worker to ask meanwhile
    with open(os.environ["MADE_LOG"], "a") as log:
        log.write(f"{folder.name} {os.environ['PYTEST_XDIST_WORKER']}\\n")
    (folder / "index.html").write_text("made")
    return why

@pytest.fixture(scope="session")
def made(tmp_path_factory):
    return once.once(once.session_folder(tmp_path_factory) / "made", lambda f: _make(f, None))

@pytest.fixture(scope="session")
def broken(tmp_path_factory):
    try:
        return once.once(once.session_folder(tmp_path_factory) / "broken", lambda f: _make(f, "no luck"))
    except once.NotMade as exc:
        why = str(exc)
    pytest.fail(f"not made: {why}", pytrace=False)

def test_made(made):
    with open(os.environ["SEEN_LOG"], "a") as log:
        log.write(f"{os.environ['PYTEST_XDIST_WORKER']} {made} {(made / 'index.html').read_text()}\\n")

def test_broken(broken):
    pass
"""


def test_two_workers_get_one_result_made_once(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch):
    made, seen = pytester.path / "made.log", pytester.path / "seen.log"
    for name, value in [("PYTHONPATH", str(ROOT)), ("MADE_LOG", str(made)), ("SEEN_LOG", str(seen))]:
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("PYTEST_DISABLE_PLUGIN_AUTOLOAD", "1")  # xdist alone: three interpreters start
    pytester.makepyfile(test_once=MADE_ONCE)
    result = pytester.runpytest_subprocess("-p", "xdist.plugin", "-n", "2", "--dist", "each", timeout=60)
    result.assert_outcomes(passed=2, errors=2)  # each test on each worker; `broken` fails on both
    result.stdout.fnmatch_lines(["ERROR test_once.py::test_broken - Failed: not made: no luck"] * 2)
    workers = [line.split() for line in seen.read_text().splitlines()]
    assert sorted(w for w, _, _ in workers) == ["gw0", "gw1"], workers
    assert len({folder for _, folder, _ in workers}) == 1 and workers[0][2] == "made", workers
    makes = [line.split()[0] for line in made.read_text().splitlines()]
    assert sorted(makes) == ["broken.making", "made.making"], makes  # once each, the failure too


def test_once_result_is_read_only_and_a_change_is_named(tmp_path):
    def make(folder: Path) -> None:
        (folder / "en").mkdir()
        (folder / "en" / "index.html").write_text("made", "utf-8")

    folder = once.once(tmp_path / "site", make)
    page = folder / "en" / "index.html"
    assert not page.stat().st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)
    assert once.once(tmp_path / "site", lambda _: "made twice") == folder and once.changes(folder) == []
    private = once.copy(folder, tmp_path / "copy")
    (private / "en" / "index.html").write_text("changed in the copy", "utf-8")
    (private / "probe.html").write_text("added to the copy", "utf-8")
    assert once.changes(folder) == [] and page.read_text("utf-8") == "made"
    page.chmod(0o644)  # root writes read-only files anyway
    page.write_text("changed", "utf-8")
    os.utime(page, ns=(0, 0))
    (folder / "probe.html").write_text("added", "utf-8")
    problems = once.changes(folder)
    assert problems == [
        f"{folder}/en/index.html was changed after it was made once for every test (a test that adds to it "
        "must work on verifydocs.once.copy)",
        f"{folder}/probe.html was added after it was made once for every test (a test that adds to it "
        "must work on verifydocs.once.copy)",
    ]
