"""verifydocs.checkcache keeps a passing check only while nothing it read has changed, and the
site server records what a check read (tests/test_browser_selftest.py runs it in a browser)."""

from __future__ import annotations

import urllib.error
import urllib.request
from pathlib import Path

from verifydocs import checkcache
from verifydocs.siteserver import SiteServer

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


def test_a_missing_page_that_becomes_a_folder_is_a_change(tmp_path):
    site = _site(tmp_path)
    store = Store()
    checkcache.CheckCache(store, "code").keep("404", site, {"no-such-page/", "404.html"})
    assert checkcache.CheckCache(store, "code").unchanged("404", site)
    (site / "no-such-page").mkdir()
    assert not checkcache.CheckCache(store, "code").unchanged("404", site)
