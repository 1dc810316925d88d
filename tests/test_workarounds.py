"""Each plugin workaround (verifydocs/workarounds/) does what it says, and only that."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import jinja2
import markdown
import nbformat
import pytest
from pymdownx import highlight

from verifydocs.workarounds import highlight_cache, language_switch, search_cache, template_cache

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.kept  # skipped while nothing it reads has changed (verifydocs/keptrun.py)

SOURCE = '```python title="x.py"\nimport numpy as np\nprint(np.ones(3))\n```\n\n```text\nplain\n```\n'
EXTENSIONS = ["pymdownx.superfences", "pymdownx.highlight"]


def _render() -> str:
    return markdown.Markdown(extensions=EXTENSIONS).convert(SOURCE)


def test_highlight_cache_gives_the_same_html_and_is_scoped_to_a_build():
    before = _render()
    highlight_cache.install()
    try:
        assert highlight.Highlight.highlight is not highlight_cache.ORIGINAL
        first, second = _render(), _render()  # a miss, then a hit
    finally:
        highlight_cache.uninstall()
    assert first == second == before
    assert highlight.Highlight.highlight is highlight_cache.ORIGINAL


def test_head_alternates_are_stripped_and_the_selector_kept():
    html = (
        '<html><head><link rel="alternate" href="../en/tensors/" hreflang="en">\n<title>t</title></head>'
        '<body><a href="../en/tensors/" hreflang="en">English</a></body></html>'
    )
    out = language_switch.strip_head_alternates(html)
    assert 'rel="alternate"' not in out and '<a href="../en/tensors/" hreflang="en">English</a>' in out


GROUPED = """import os
import pytest

pytestmark = pytest.mark.xdist_group("one")


@pytest.fixture(scope="module")
def costly():
    with open("setups.txt", "a") as f:
        f.write(os.environ["PYTEST_XDIST_WORKER"] + "\\n")


@pytest.mark.parametrize("i", range(8))
def test_grouped(costly, i):
    pass
"""


def test_xdist_group_keeps_a_module_on_one_worker(tmp_path):
    """A module whose tests share an xdist_group and a module fixture, on two workers with
    ``--dist loadgroup``: one worker runs them all, the fixture is set up once."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = str(Path(__file__).resolve().parents[1])  # this checkout's verifydocs, not an installed one
    (tmp_path / "test_grouped.py").write_text(GROUPED, "utf-8")
    (tmp_path / "pytest.ini").write_text("[pytest]\n", "utf-8")
    run = [sys.executable, "-m", "pytest", "-p", "verifydocs.plugin", "-p", "no:randomly"]
    proc = subprocess.run(
        [*run, "-p", "no:cacheprovider", "-n", "2", "--dist", "loadgroup", "-v", "test_grouped.py"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [root, os.environ.get("PYTHONPATH")]))},
    )
    assert proc.returncode == 0, proc.stdout[-2000:]
    assert (tmp_path / "setups.txt").read_text().split() in (["gw0"], ["gw1"]), proc.stdout[-2000:]
    assert "test_grouped.py::test_grouped[0]@one" in proc.stdout, proc.stdout[-2000:]


def test_template_cache_compiles_once_and_again_after_an_edit(tmp_path, monkeypatch):
    (tmp_path / "t.html").write_text("{% for x in xs %}{{ x }}{% endfor %}", "utf-8")
    compiled = []

    def env() -> jinja2.Environment:
        e = jinja2.Environment(loader=jinja2.FileSystemLoader(tmp_path))
        e.bytecode_cache = template_cache.cache_for(e)
        compile_ = e.compile
        monkeypatch.setattr(e, "compile", lambda *a, **k: compiled.append(a[1]) or compile_(*a, **k))
        return e

    assert env().get_template("t.html").render(xs=[1, 2]) == "12"
    assert env().get_template("t.html").render(xs=[1, 2]) == "12"  # a new environment: from the cache
    assert compiled == ["t.html"]
    (tmp_path / "t.html").write_text("{% for x in xs %}[{{ x }}]{% endfor %}", "utf-8")
    assert env().get_template("t.html").render(xs=[1, 2]) == "[1][2]"
    assert compiled == ["t.html", "t.html"]
    other = jinja2.Environment(variable_start_string="[[", variable_end_string="]]")
    assert template_cache.cache_for(other) is not template_cache.cache_for(jinja2.Environment())


def test_template_cache_is_lent_to_nbconvert_for_a_build_only():
    from nbconvert import HTMLExporter

    template_cache.install()
    try:
        assert HTMLExporter().environment.bytecode_cache is not None
    finally:
        template_cache.uninstall()
    assert HTMLExporter().environment.bytecode_cache is None


def _page(content: str, url: str = "page/"):
    from mkdocs.structure.toc import get_toc

    return SimpleNamespace(content=content, url=url, title="Page", toc=get_toc([]), meta={})


def test_search_cache_gives_the_same_entries_and_indexes_a_changed_page_again(monkeypatch):
    from material.plugins.search.plugin import SearchIndex

    settings = {"lang": ["en"], "separator": r"[\s\-]+", "pipeline": [], "fields": {}, "jieba_dict_user": None}
    parsed = []
    original = search_cache.ORIGINAL
    monkeypatch.setattr(search_cache, "ORIGINAL", lambda self, page: parsed.append(page.url) or original(self, page))
    page = _page('<h1 id="t">Title</h1><p>Some text.</p>')
    plain = SearchIndex(**settings)
    original(plain, page)
    search_cache.install()
    try:
        first, second, changed = SearchIndex(**settings), SearchIndex(**settings), SearchIndex(**settings)
        first.add_entry_from_context(page)
        second.add_entry_from_context(page)
        changed.add_entry_from_context(_page('<h1 id="t">Title</h1><p>Other text.</p>'))
    finally:
        search_cache.uninstall()
    assert first.entries == second.entries == plain.entries and second.entries is not first.entries
    assert "Other text." in changed.entries[0]["text"]
    assert parsed == ["page/", "page/"]  # the unchanged page was parsed once
    assert SearchIndex.add_entry_from_context is search_cache.ORIGINAL


def test_search_cache_outlives_the_process_in_its_directory(tmp_path, monkeypatch):
    from material.plugins.search.plugin import SearchIndex

    settings = {"lang": ["en"], "separator": r"[\s\-]+", "pipeline": [], "fields": {}, "jieba_dict_user": None}
    page = _page('<h1 id="t">Title</h1><p>Stored text.</p>')
    search_cache.install(tmp_path)
    try:
        first = SearchIndex(**settings)
        first.add_entry_from_context(page)
        monkeypatch.setattr(search_cache, "_cache", type(search_cache._cache)())  # a new process
        monkeypatch.setattr(search_cache, "ORIGINAL", lambda self, page: pytest.fail("parsed again"))
        second = SearchIndex(**settings)
        second.add_entry_from_context(page)
    finally:
        search_cache.uninstall()
    assert second.entries == first.entries and len(list(tmp_path.glob("*.json"))) == 1


def test_search_cache_indexes_missing_pages_in_a_helper_process_in_their_order(tmp_path, monkeypatch):
    import os
    from collections import OrderedDict

    from material.plugins.search.plugin import SearchIndex

    if len(os.sched_getaffinity(0)) < 2:
        pytest.skip("the helper needs two CPUs")
    settings = {"lang": ["en"], "separator": r"[\s\-]+", "pipeline": [], "fields": {}, "jieba_dict_user": None}
    pages = [_page(f'<h1 id="t">Title {n}</h1><p>Text {n}.</p>', f"{n}/") for n in ("a", "b", "c")]
    inline = SearchIndex(**settings)
    for page in pages:
        search_cache.ORIGINAL(inline, page)
    monkeypatch.setattr(search_cache, "_cache", OrderedDict())
    search_cache.install(tmp_path)
    SearchIndex(**settings).add_entry_from_context(pages[1])  # "b" is kept already: it stays between a and c
    original, pid = search_cache.ORIGINAL, os.getpid()

    def in_helper(self, page):
        if os.getpid() == pid:
            pytest.fail(f"{page.url} indexed in the build's process")
        original(self, page)

    monkeypatch.setattr(search_cache, "ORIGINAL", in_helper)
    search_cache.install(tmp_path, helper=True)
    try:
        index = SearchIndex(**settings)
        for page in pages:
            index.add_entry_from_context(page)
        search_cache.resolve(index)
    finally:
        search_cache.uninstall()
        search_cache.stop_helper()
    assert index.entries == inline.entries and len(list(tmp_path.glob("*.json"))) == 3
    assert [entry["location"] for entry in index.entries] == ["a/", "b/", "c/"]


def test_notebook_title_is_the_rendered_h1_as_mkdocs_jupyter_names_it():
    from verifydocs.workarounds import notebook_pages

    content = '<p>x</p><h1 id="">张量 <code>tf</code> &amp; co<a class="anchor-link" href="#">¶</a></h1><h1 id="b">B'
    assert notebook_pages.h1_title(content) == "张量 tf & co"
    assert notebook_pages.h1_title("<h2 id='a'>A</h2>") is None


# -- edit loop (issue 17): render cache, deferred jieba, build-cache entries ------------------------


def _site(tmp_path, page_text: str):
    """A one-page MkDocs project whose page includes ``snippets/a.txt``: (config, files, page factory)."""
    from mkdocs.config import load_config
    from mkdocs.structure.files import File, Files
    from mkdocs.structure.pages import Page

    (tmp_path / "docs").mkdir()
    (tmp_path / "snippets").mkdir(exist_ok=True)
    (tmp_path / "docs" / "index.md").write_text(page_text, "utf-8")
    (tmp_path / "mkdocs.yml").write_text(
        "site_name: t\nmarkdown_extensions:\n  - toc:\n      permalink: true\n  - pymdownx.snippets:\n"
        "      base_path: !relative $config_dir/snippets\n      check_paths: true\n",
        "utf-8",
    )
    config = load_config(str(tmp_path / "mkdocs.yml"))
    files = Files([File("index.md", config["docs_dir"], config["site_dir"], config["use_directory_urls"])])

    def page():
        made = Page(None, files.get_file_from_path("index.md"), config)
        made.read_source(config)
        return made

    return config, files, page


def test_render_cache_gives_what_mkdocs_renders_and_renders_an_edited_include_again(tmp_path, monkeypatch):
    from verifydocs.workarounds import render_cache

    (tmp_path / "snippets").mkdir()
    (tmp_path / "snippets" / "a.txt").write_text("first", "utf-8")
    config, files, page = _site(tmp_path, '# Title\n\n## Part\n\n--8<-- "a.txt"\n')
    cache = tmp_path / "cache"
    plain = page()
    plain.render(config, files)
    cached = page()
    render_cache.install(cached, config, files, cache)
    cached.render(config, files)  # a miss: rendered and kept
    monkeypatch.setattr(render_cache, "_memory", {})  # a new process: read from disk
    again = page()
    monkeypatch.setattr(type(again), "render", lambda self, config, files: pytest.fail("rendered again"))
    render_cache.install(again, config, files, cache)
    again.render(config, files)
    for made in (cached, again):
        assert made.content == plain.content and "first" in made.content
        assert str(made.toc) == str(plain.toc) and made.title == plain.title == "Title"
        assert made.present_anchor_ids == plain.present_anchor_ids
    monkeypatch.undo()
    (tmp_path / "snippets" / "a.txt").write_text("second", "utf-8")
    edited = page()
    render_cache.install(edited, config, files, cache)
    edited.render(config, files)
    assert "second" in edited.content


def test_render_cache_keeps_no_render_that_warned(tmp_path):
    from verifydocs.workarounds import render_cache

    config, files, page = _site(tmp_path, "# T\n\n[gone](missing.md)\n")
    warned = page()
    render_cache.install(warned, config, files, tmp_path / "cache")
    warned.render(config, files)  # MkDocs warns: the link's target is not in the site
    assert not (tmp_path / "cache").exists()


def test_search_cache_loads_the_deferred_jieba_dictionary_before_the_first_page_it_indexes(tmp_path, monkeypatch):
    import jieba
    from material.plugins.search.plugin import SearchIndex

    words = tmp_path / "userdict.txt"
    words.write_text("逐元素 10 n\n", "utf-8")
    loaded = []
    monkeypatch.setattr(jieba, "load_userdict", loaded.append)
    monkeypatch.setattr(search_cache, "_loaded", set())
    config = {"jieba_dict_user": str(words)}
    search_cache.defer_userdict(config)
    search_cache.defer_userdict(config)  # static-i18n runs on_config again for the next language
    assert config["jieba_dict_user"] is None and loaded == []  # the search plugin's on_config loads nothing
    settings = {"lang": ["zh"], "separator": r"[\s\-]+", "pipeline": [], "fields": {}, **config}
    search_cache.install()
    try:
        SearchIndex(**settings).add_entry_from_context(_page('<h1 id="t">逐元素</h1><p>加法</p>', url="a/"))
        SearchIndex(**settings).add_entry_from_context(_page('<h1 id="t">逐元素</h1><p>乘法</p>', url="b/"))
    finally:
        search_cache.uninstall()
    assert loaded == [str(words)]  # once, before the first page indexed
    missing = {"jieba_dict_user": str(tmp_path / "nowhere.txt")}
    search_cache.defer_userdict(missing)
    assert missing["jieba_dict_user"]  # left for the search plugin to report


def test_jupyter_stylesheet_is_kept_per_package_versions(tmp_path, monkeypatch):
    from verifydocs.workarounds import notebook_pages

    monkeypatch.setattr(notebook_pages, "_css", None)
    css = notebook_pages.jupyter_css(tmp_path)
    assert ".jp-Notebook" in css and [p.name[:12] for p in tmp_path.iterdir()] == ["jupyter-css-"]
    monkeypatch.setattr(notebook_pages, "_css", None)  # a new process reads it back
    monkeypatch.setattr("mkdocs_jupyter.convert.nb2html", lambda *a, **k: pytest.fail("rendered again"))
    assert notebook_pages.jupyter_css(tmp_path) == css


def test_chapter_list_and_title_lines_outlive_the_process_in_the_build_cache(tmp_path, monkeypatch):
    from verifydocs import notebook
    from verifydocs.layout import Project

    (tmp_path / "docs" / "en").mkdir(parents=True)
    (tmp_path / "docs" / "en" / "index.md").write_text("Intro\n\n# Home\n", "utf-8")
    project = Project(tmp_path, ("en",), "en", "https://example.invalid/")
    cache = tmp_path / "cache"
    chapters = notebook.chapters_cached(project, "en", cache)
    line = notebook.title_line("Intro\n\n# Home\n", cache)
    expected = next(h.line for h in notebook.read("Intro\n\n# Home\n").headings if h.level == 1)
    assert (chapters, line) == (project.chapters("en"), expected)
    monkeypatch.setattr(notebook, "_chapters_memo", {})  # a new process
    monkeypatch.setattr(Project, "chapters", lambda *args: pytest.fail("pages read again"))
    monkeypatch.setattr(notebook, "read", lambda *args: pytest.fail("page read again"))
    notebook.title_line.cache_clear()
    assert notebook.chapters_cached(project, "en", cache) == chapters
    assert notebook.title_line("Intro\n\n# Home\n", cache) == line
    (tmp_path / "docs" / "en" / "index.md").write_text("# Changed\n", "utf-8")
    with pytest.raises(pytest.fail.Exception, match="pages read again"):
        notebook.chapters_cached(project, "en", cache)


def test_rendered_notebook_is_kept_once_for_every_site_address(tmp_path, monkeypatch):
    from verifydocs.workarounds import notebook_pages

    monkeypatch.setenv("NOTEBOOK_HTML_CACHE", str(tmp_path / "cache"))
    notebook = tmp_path / "nb.ipynb"
    notebook.write_text('{"link": "http://127.0.0.1:8000/site/tensors/"}', "utf-8")

    class Config(dict):
        plugins = {"mkdocs-jupyter": SimpleNamespace(config={"ignore_h1_titles": False})}

    def page(site_url: str, render):
        made = SimpleNamespace(file=SimpleNamespace(src_uri="nb.ipynb", abs_src_path=str(notebook)), title="nb")
        made.render = lambda config, files: render(made)
        config = Config(site_url=site_url, config_file_path=str(tmp_path / "mkdocs.yml"))
        notebook_pages.cache_render(made, config)
        made.render(config, None)
        return made

    def render(made):  # what nbconvert gives: the notebook's text in the HTML
        text = Path(made.file.abs_src_path).read_text("utf-8")
        made.content = '<h1 id="">T<a class="anchor-link" href="#">¶</a></h1>' + text

    rendered = page("http://127.0.0.1:8000/site/", render)
    assert "http://127.0.0.1:8000/site/tensors/" in rendered.content and rendered.title == "T"
    assert notebook_pages.SITE not in rendered.content
    notebook.write_text('{"link": "http://localhost:9000/site/tensors/"}', "utf-8")  # served elsewhere
    moved = page("http://localhost:9000/site/", lambda made: pytest.fail("rendered again"))
    assert moved.content == rendered.content.replace("127.0.0.1:8000", "localhost:9000")


def test_slimmed_notebook_page_is_kept_per_content(tmp_path, monkeypatch):
    from verifydocs.workarounds import notebook_pages

    notebook = tmp_path / "nb.ipynb"
    notebook.write_text('{"cells": []}', "utf-8")
    content = '<style>x</style><p><a id="t"></a></p>\n<h2 id="">T<a class="anchor-link" href="#">¶</a></h2>'

    def page():
        return SimpleNamespace(file=SimpleNamespace(abs_src_path=str(notebook)), url="en/notebooks/t/", toc=None)

    first = page()
    html = notebook_pages.slim(content, first, tmp_path / "slim")
    monkeypatch.setattr(notebook_pages, "_slimmed", {})  # a new process
    monkeypatch.setattr(notebook_pages, "_alt_texts", lambda *args: pytest.fail("slimmed again"))
    again = page()
    assert notebook_pages.slim(content, again, tmp_path / "slim") == html and '<h2 id="t">' in html
    assert (
        [(item.id, item.title) for item in again.toc] == [(item.id, item.title) for item in first.toc] == [("t", "T")]
    )


def test_missing_notebook_renders_are_made_ahead_in_workers(tmp_path, monkeypatch):
    import os

    from verifydocs.workarounds import notebook_pages

    if len(os.sched_getaffinity(0)) < 2:
        pytest.skip("rendering ahead needs two CPUs")
    monkeypatch.setenv("NOTEBOOK_HTML_CACHE", str(tmp_path / "cache"))
    pid = os.getpid()

    class Plugin:  # mkdocs-jupyter's part: installs a render on each page
        config = {"ignore_h1_titles": False}

        def on_pre_page(self, page, config, files):
            def render(config, files):
                text = Path(page.file.abs_src_path).read_text("utf-8")
                page.content = f'<h1 id="">{text}<a class="anchor-link" href="#">¶</a></h1>{os.getpid() != pid}'

            page.render = render

    class Config(dict):
        plugins = {"mkdocs-jupyter": Plugin()}

    config = Config(site_url="https://example.org/", config_file_path=str(tmp_path / "mkdocs.yml"))
    notebooks = []
    for name in ("a", "b"):
        (tmp_path / f"{name}.ipynb").write_text(f'{{"cells": [], "name": "{name}"}}', "utf-8")
        notebooks.append((f"notebooks/{name}.ipynb", str(tmp_path / f"{name}.ipynb")))
    notebook_pages.prerender(config, notebooks)
    try:
        for src_uri, path in notebooks:
            page = SimpleNamespace(file=SimpleNamespace(src_uri=src_uri, abs_src_path=path), title="x", url="x/")
            page.render = lambda config, files: pytest.fail("rendered in the build's process")
            notebook_pages.cache_render(page, config)
            page.render(config, None)
            assert page.content.endswith("True") and page.title == Path(path).read_text("utf-8")
            monkeypatch.setattr(
                notebook_pages, "_alt_texts", lambda *args: pytest.fail("slimmed in the build's process")
            )
            assert notebook_pages.slim(page.content, page, notebook_pages.slim_dir(config)).endswith("True")
        assert notebook_pages._pools == []  # stopped once every page they rendered was used
    finally:
        notebook_pages.stop_prerender()


# -- nbconvert's accessibility pass without BeautifulSoup (accessible_html) --------------------------


def _dom(text: str) -> list:
    """Every node of ``text`` parsed as nbconvert's pass parses it: element names with their
    attributes (class as its tokens), and the exact text of the others (adjacent texts as one, as
    a browser has them: a stray end tag splits BeautifulSoup's)."""
    from bs4 import BeautifulSoup

    def attributes(element) -> list:
        return sorted((k, " ".join(v) if isinstance(v, list) else v) for k, v in element.attrs.items())

    soup = BeautifulSoup(text, "html.parser")
    soup.smooth()
    return [
        (node.name, attributes(node)) if node.name else (type(node).__name__, str(node)) for node in soup.descendants
    ]


def test_accessible_exporter_gives_nbconvert_dom_on_a_chapter_notebook(tmp_path):
    from mkdocs_jupyter import convert, nbconvert2

    from verifydocs import notebook
    from verifydocs.layout import Project
    from verifydocs.workarounds import accessible_html

    path = tmp_path / "losses.ipynb"  # images, code, outputs, Markdown and math; zh text
    path.write_text(notebook.dumps(notebook.build(Project.load(ROOT), "zh", "losses.md")), "utf-8")
    theirs = convert.nb2html(str(path), custom_mathjax_url="")
    with accessible_html.installed():
        ours = convert.nb2html(str(path), custom_mathjax_url="")
    assert _dom(ours) == _dom(theirs)
    assert 'tabindex="0"' in ours and f'alt="{accessible_html.NO_ALT}"' in ours
    assert nbconvert2.HTMLExporter is accessible_html.HTMLExporter  # nbconvert's again after the block


BROKEN = """<script>var s = "<img src='in-script.png'>";</script><!-- <img src="in-comment.png"> -->
<img src="a.png"><img src="b.png" alt="kept"><img src="c.png"/></img><img src=d.png ALT>
<div class="jp-OutputArea-output">outside .jp-Notebook</div>
<div class="jupyter-wrapper"><div class="x jp-Notebook" id="nb">
<div class="jp-Cell-inputWrapper"><pre>&lt;div class="jp-OutputArea-output"&gt;</pre></div>
<div class="jp-RenderedText jp-OutputArea-output" tabindex="-1" data-mime-type="text/plain"><p>x</p></div>
<span class="jp-OutputArea-output">a span</span><div class="jp-OutputArea-outputs">a prefix</div>
<div class='jp-OutputArea-output' tabindex="1" tabindex="2"/><div>unclosed <p>para</span>
</div></div><div class="jp-OutputArea-output">after .jp-Notebook closed</div>
<div class="jp-Notebook"><div class="jp-Notebook"></div><section><div class="jp-Cell-inputWrapper">nested</div>
"""


def test_accessible_pass_adds_what_nbconvert_adds_to_markup_broken_on_purpose(monkeypatch, caplog):
    """nbconvert's own pass and ours on the same template output (``BROKEN``): the same DOM, and
    the attributes are there where nbconvert's selectors say."""
    from bs4 import BeautifulSoup
    from nbconvert.exporters.html import HTMLExporter
    from nbconvert.exporters.templateexporter import TemplateExporter

    from verifydocs.workarounds import accessible_html

    monkeypatch.setattr(TemplateExporter, "from_notebook_node", lambda self, nb, resources, **kw: (BROKEN, resources))
    nb = nbformat.v4.new_notebook()
    theirs, _ = HTMLExporter().from_notebook_node(nb)
    caplog.clear()
    ours, _ = accessible_html.AccessibleHTMLExporter().from_notebook_node(nb)
    assert _dom(ours) == _dom(theirs)
    assert [r.getMessage() for r in caplog.records] == ["Alternative text is missing on 2 image(s)."]
    soup = BeautifulSoup(ours, "html.parser")
    assert {img["src"]: img["alt"] for img in soup.find_all("img")} == {
        "a.png": accessible_html.NO_ALT,
        "b.png": "kept",
        "c.png": accessible_html.NO_ALT,
        "d.png": "",
    }
    focusable = [div.get_text() for div in soup.find_all("div", tabindex="0")]
    assert focusable == ['<div class="jp-OutputArea-output">', "x", "", "nested"]
    assert "in-script.png'>\"" in ours and "in-comment.png" in ours  # not tags: left alone


def test_accessible_exporter_copies_the_pinned_nbconvert():
    """If the pinned nbconvert's ``HTMLExporter.from_notebook_node`` changed, re-check before
    updating ``PINNED``."""
    import nbconvert

    from verifydocs.workarounds import accessible_html

    assert accessible_html.source_digest() == accessible_html.PINNED, (
        f"nbconvert {nbconvert.__version__} changed HTMLExporter.from_notebook_node: re-check that "
        "AccessibleHTMLExporter.from_notebook_node (verifydocs/workarounds/accessible_html.py) runs the same steps "
        "before its BeautifulSoup pass, that `accessible` adds what that pass adds (alt text, tabindex, selectors), "
        "and that it is still needed (jupyter/nbconvert#2137 would make the pass optional); then run "
        "`python -m pytest tests/test_workarounds.py -k accessible` and set PINNED to "
        f"{accessible_html.source_digest()}"
    )


def test_rendered_notebooks_are_kept_per_code_of_the_accessible_exporter(tmp_path, monkeypatch):
    from verifydocs.workarounds import accessible_html, notebook_pages

    monkeypatch.setenv("NOTEBOOK_HTML_CACHE", str(tmp_path / "cache"))
    (tmp_path / "nb.ipynb").write_text("{}", "utf-8")

    class Config(dict):
        plugins = {"mkdocs-jupyter": SimpleNamespace(config={})}

    config = Config(site_url="https://example.org/", config_file_path=str(tmp_path / "mkdocs.yml"))
    before, _, _ = notebook_pages._entry(str(tmp_path / "nb.ipynb"), config)
    edited = tmp_path / "accessible_html.py"
    edited.write_text(Path(accessible_html.__file__).read_text("utf-8") + "# edited\n", "utf-8")
    monkeypatch.setattr(accessible_html, "__file__", str(edited))
    assert notebook_pages._entry(str(tmp_path / "nb.ipynb"), config)[0] != before
