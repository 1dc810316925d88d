"""verifydocs.checkcache keeps a passing check only while nothing it read has changed, the site
server records what a check read (tests/test_browser_selftest.py runs it in a browser), and
verifydocs.keptrun skips a kept test in pytest and keeps one that passed."""

from __future__ import annotations

import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

from verifydocs import checkcache
from verifydocs.siteserver import SiteServer

ROOT = Path(__file__).resolve().parents[1]

pytest_plugins = ["pytester"]

SITEMAP = "<urlset><url><loc>https://x.org/en/page/</loc><lastmod>{day}</lastmod></url></urlset>"


class Store(dict):  # pytest's config.cache, in memory
    set = dict.__setitem__


def _site(tmp_path: Path) -> Path:
    site = tmp_path / "site"
    (site / "page").mkdir(parents=True)
    (site / "page" / "index.html").write_text("<p>page</p>", "utf-8")
    (site / "style.css").write_text("p {}", "utf-8")
    (site / "404.html").write_text("<p>missing</p>", "utf-8")
    (site / "search").mkdir()
    (site / "search" / "search_index.json").write_text("{}", "utf-8")
    (site / "en").mkdir()
    (site / "en" / "sitemap.xml").write_text(SITEMAP.format(day="2026-12-01"), "utf-8")
    return site


def test_a_result_is_used_only_while_code_and_files_are_the_same(tmp_path):
    site = _site(tmp_path)
    store = Store()
    read = {"page/index.html", "style.css", "gone.png", "search/search_index.json", "en/sitemap.xml"}
    checkcache.CheckCache(store, "code").keep("tour/page/", site, read)
    assert set(store[checkcache.NAMESPACE + "tour%2Fpage%2F"]["files"]) == read

    def unchanged(code: str = "code", unit: str = "tour/page/") -> bool:
        return checkcache.CheckCache(store, code).unchanged(unit, site)

    assert unchanged()
    assert not unchanged(unit="tour/other/"), "never kept"
    assert not unchanged(code="other code")
    (site / "search" / "search_index.json").write_text('{"docs": []}', "utf-8")
    assert unchanged(), "the search index is not part of a page's key (VIEWS)"
    sitemap = site / "en" / "sitemap.xml"
    sitemap.write_text(SITEMAP.format(day="2026-12-02"), "utf-8")
    assert unchanged(), "a sitemap's dates are not part of a page's key (VIEWS)"
    sitemap.write_text(SITEMAP.format(day="2026-12-02").replace("/page/", "/other/"), "utf-8")
    assert not unchanged(), "its URLs are"
    sitemap.write_text(SITEMAP.format(day="2026-12-01"), "utf-8")
    (site / "gone.png").write_bytes(b"png")
    assert not unchanged(), "a file that was missing when it passed now exists"
    (site / "gone.png").unlink()
    assert unchanged()
    (site / "style.css").write_text("p { color: red }", "utf-8")
    assert not unchanged(), "a file it read has changed"
    store[checkcache.NAMESPACE + "tour%2Fpage%2F"] = "garbage"
    assert not unchanged()


def test_the_code_key_changes_with_the_code_and_every_fact(tmp_path):
    code = tmp_path / "check.py"
    code.write_text("A = 1\n", "utf-8")
    key = checkcache.code_key([code], "Chromium 1", "fonts")
    assert key == checkcache.code_key([code], "Chromium 1", "fonts")
    assert key != checkcache.code_key([code], "Chromium 2", "fonts")
    assert key != checkcache.code_key([code], "Chromium 1", "other fonts")
    code.write_text("A = 2\n", "utf-8")
    assert key != checkcache.code_key([code], "Chromium 1", "fonts")


def test_the_server_records_every_file_it_answers_with_or_misses(tmp_path):
    site = _site(tmp_path)

    def get(server: SiteServer, rel: str) -> int:
        try:
            with urllib.request.urlopen(server.url(rel)) as response:
                return response.status
        except urllib.error.HTTPError as error:
            return error.code

    with SiteServer(site, "/repo/") as server:
        with server.recording() as outer:
            assert get(server, "page") == 200  # redirected to page/
            with server.recording() as inner:
                assert get(server, "style.css") == 200
                assert get(server, "no/such.png") == 404
        assert get(server, "page/") == 200
        started = time.monotonic()
        server.wait_quiet(quiet=0.3)
        assert time.monotonic() - started >= 0.25, "a request came just now"
        started = time.monotonic()
        server.wait_quiet(quiet=0.3)
        assert time.monotonic() - started < 0.1, "quiet since"
    assert inner == {"style.css", "no/such.png", "404.html"}
    assert outer == {"page", "page/index.html"} | inner


def test_summary_counts_the_pages_kept():
    class Report:
        def __init__(self, *props):
            self.user_properties = list(props)

    assert checkcache.summary([Report(), Report((checkcache.UNCHANGED, (0, 20)))]) is None
    line = checkcache.summary([Report((checkcache.UNCHANGED, (18, 20))), Report((checkcache.UNCHANGED, [2, 16]))])
    assert line.startswith("browser: 20 of 36 pages were not visited again"), line
    assert "pytest --cache-clear" in line


def test_every_unit_is_one_flat_key():
    """pytest's cache makes a file of each key, so keys hold no "/": the home page's pair "tour/"
    and a chapter's "tour/tensors/" would otherwise be a file and a directory of one name."""
    store = Store()
    for unit in ("tour/", "tour/tensors/"):
        checkcache.CheckCache(store, "code").keep(unit, Path("."), {"index.html"})
    assert len(store) == 2 and all("/" not in key.removeprefix(checkcache.NAMESPACE) for key in store), store


def test_nothing_is_kept_if_the_code_or_a_file_changed_while_the_check_ran(tmp_path):
    site = _site(tmp_path)
    store = Store()
    code = {"now": "code"}
    cache = checkcache.CheckCache(store, "code", current=lambda: code["now"])
    read = cache.digests(site, {"style.css"})
    (site / "style.css").write_text("p { color: red }", "utf-8")  # e.g. a golden rewritten meanwhile
    cache.keep("a", site, {"style.css"}, read=read)
    code["now"] = "edited"  # e.g. verifydocs edited after the run imported it
    cache.keep("b", site, {"style.css"})
    assert store == {}
    code["now"] = "code"
    cache.keep("c", site, {"style.css"}, read=cache.digests(site, {"style.css"}))
    assert list(store) == [checkcache.NAMESPACE + "c"]


def test_a_question_about_a_file_is_keyed_on_its_answer(tmp_path):
    site = _site(tmp_path)
    store = Store()
    asked = checkcache.contains("page/index.html", "<pre")
    checkcache.CheckCache(store, "code").keep("copy", site, {asked})

    def unchanged() -> bool:
        return checkcache.CheckCache(store, "code").unchanged("copy", site)

    assert unchanged()
    (site / "page" / "index.html").write_text("<p>page, edited</p>", "utf-8")
    assert unchanged(), "still no <pre"
    (site / "page" / "index.html").write_text("<pre>code</pre>", "utf-8")
    assert not unchanged(), "now it has one"
    (site / "page" / "index.html").unlink()
    assert not unchanged(), "a missing file is no answer"


def test_a_missing_page_that_becomes_a_folder_is_a_change(tmp_path):
    site = _site(tmp_path)
    store = Store()
    checkcache.CheckCache(store, "code").keep("404", site, {"no-such-page/", "404.html"})
    assert checkcache.CheckCache(store, "code").unchanged("404", site)
    (site / "no-such-page").mkdir()
    assert not checkcache.CheckCache(store, "code").unchanged("404", site)


def test_checking_code_is_taken_when_made_and_checked_again_at_keep(tmp_path):
    root = tmp_path / "repo"
    (root / "verifydocs").mkdir(parents=True)
    (root / "verifydocs" / "check.py").write_text("A = 1\n", "utf-8")
    module = root / "test_it.py"
    module.write_text("B = 1\n", "utf-8")
    code = checkcache.CheckingCode(root, module)
    store = Store()
    cache = code.cache(store, "Chromium 1")
    assert cache.code != code.cache(store, "Chromium 2").code
    module.write_text("B = 2\n", "utf-8")  # edited while the run goes on
    assert cache.code == code.cache(store, "Chromium 1").code, "the key is the code as loaded"
    cache.keep("a", root, {"test_it.py"})
    assert store == {}
    assert checkcache.CheckingCode(root, module).cache(store, "Chromium 1").code != cache.code


def test_digest_of_a_value_ignores_key_order():
    assert checkcache.digest_of({"a": 1, "b": [2]}) == checkcache.digest_of({"b": [2], "a": 1})
    assert checkcache.digest_of({"a": 1}) != checkcache.digest_of({"a": 2})


# A module using verifydocs.keptrun as test_browser.py does, with a stand-in for SiteServer.
KEPT_TESTS = """
import contextlib
from pathlib import Path

import pytest

from verifydocs import checkcache, keptrun

SITE = Path(__file__).parent / "site"


class Server:
    @contextlib.contextmanager
    def recording(self):
        files = {"style.css"}  # as if the page had loaded it
        yield files

    def wait_quiet(self):
        pass


@pytest.fixture
def unless_unchanged(request):
    cache = checkcache.CheckCache(request.config.cache, "code")
    yield from keptrun.unless_unchanged(request, cache, request.node.name, SITE, Server(), also="pages")


def test_passes(unless_unchanged):
    unless_unchanged.contains("page/", "page")  # e.g. to choose the pages to load


def test_fails(unless_unchanged):
    unless_unchanged.contains("page/", "page")
    assert False, "broken on purpose"


def test_writes(unless_unchanged):
    unless_unchanged.wrote(SITE.parent / "shot.png").write_bytes(b"png")


def test_counts_kept_pages(record_property):
    record_property(checkcache.UNCHANGED, (3, 4))
"""


def test_a_kept_test_is_skipped_until_what_it_read_or_wrote_changes(pytester):
    """verifydocs.keptrun, run by pytest: a test that passed is skipped in the next run, one that
    failed runs again, and an edited file it read or a deleted file it wrote sends it round again."""
    _site(pytester.path)
    pytester.makepyfile(test_kept=KEPT_TESTS)

    def run(**outcomes):
        result = pytester.runpytest_inprocess("-p", "verifydocs.keptrun", "-rs")
        result.assert_outcomes(**outcomes)
        return result

    first = run(passed=3, failed=1)
    first.stdout.fnmatch_lines(["browser: 3 of 4 pages were not visited again*"])
    again = run(passed=1, failed=1, skipped=2)
    again.stdout.fnmatch_lines([f"SKIPPED*{checkcache.SKIPPED[:40]}*"])
    (pytester.path / "site" / "style.css").write_text("p { color: red }", "utf-8")
    run(passed=3, failed=1)
    (pytester.path / "shot.png").unlink()
    run(passed=2, failed=1, skipped=1)  # test_writes again; test_passes still kept
    page = pytester.path / "site" / "page" / "index.html"
    page.write_text("<p>page, edited</p>", "utf-8")
    run(passed=1, failed=1, skipped=2)  # test_passes asked only whether the page says "page": it does
    page.write_text("<p>edited</p>", "utf-8")
    run(passed=2, failed=1, skipped=1)  # not any more: test_passes runs again


def test_python_environment_does_not_depend_on_what_was_imported_before():
    """threadpoolctl sets KMP_DUPLICATE_LIB_OK when imported: pytest imports it for its report
    header with -v, not with -q, so a notebook's key once changed with the verbosity."""
    code = (
        "from verifydocs import checkcache\n"
        "first = checkcache.python_environment()\n"
        "import threadpoolctl\n"
        "assert checkcache.python_environment() == first, 'the environment changed on importing threadpoolctl'\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
