"""MkDocs hook: every chapter page as a notebook in its language (verifydocs.notebook), offered for
download and rendered as a page by mkdocs-jupyter (verifydocs/workarounds/notebook_pages.py).

``on_files`` (after mkdocs-static-i18n): for the language being built, writes each chapter's
notebook under ``.cache/notebooks/`` (git-ignored, atomic, only when changed; in ``mkdocs serve``
only the notebooks of the pages an edit touched are built again: ``notebook.dumps_cached``) and adds the download
and the rendered page at the site paths ``Project.notebook`` names; in ``mkdocs build``, the first
language's ``on_files`` writes every language's notebooks and starts rendering those the HTML cache
lacks in parallel (``notebook_pages.prerender``). ``on_page_markdown`` puts
"下载 Notebook" / "Download notebook" and "View as a notebook" (and Colab, when ``extra.notebooks.colab``
is set in mkdocs.yml) under each chapter's title.
"""

import os
from pathlib import Path

from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, InclusionLevel

from verifydocs import buildcache, notebook
from verifydocs.layout import Project
from verifydocs.workarounds import notebook_pages

_chapters: dict[str, list[str]] = {}  # per language, found by on_files for on_page_markdown
_command: str | None = None  # "build" or "serve" (on_startup)


def _language(config) -> str:
    return config.plugins["i18n"].current_language


def _colab(config) -> str | None:
    """e.g. ``https://colab.research.google.com/github/OWNER/REPO/blob/gh-pages/{path}``."""
    return ((config.get("extra") or {}).get("notebooks") or {}).get("colab")


def _notebooks(project: Project, lang: str, stored: Path) -> list[tuple[str, Path]]:
    """Each chapter of ``lang`` and its notebook file, written if it changed."""
    _chapters[lang] = notebook.chapters_cached(project, lang, stored)
    written = []
    for page in _chapters[lang]:
        path = project.root / ".cache" / "notebooks" / lang / (page[:-3] + ".ipynb")
        text = notebook.dumps_cached(project, lang, page, stored)
        if not (path.exists() and path.read_text("utf-8") == text):  # an unchanged one keeps its mtime
            buildcache.write_text(path, text)  # atomic: parallel builds (tests) never read half a notebook
        written.append((page, path))
    return written


def on_startup(command, dirty):
    global _command
    _command = command


def on_build_error(error):
    notebook_pages.stop_prerender()


@event_priority(-200)  # after mkdocs-static-i18n (-100): the files of the language being built
def on_files(files, config):
    project, lang = Project.from_mkdocs(config), _language(config)
    stored = notebook_pages.cache_dir(config) / "notebooks"
    # in a build, the language built first writes every language's notebooks, so those the HTML
    # cache lacks render in parallel (not in serve)
    ahead = _command == "build" and lang == project.default_language
    written = {other: _notebooks(project, other, stored) for other in (project.languages if ahead else [lang])}
    # first: making the stylesheet converts a notebook, so the workers prerender forks start with
    # nbconvert's modules loaded and templates compiled (a third of a lone render)
    notebook_pages.stylesheet(config, files)
    if ahead:
        notebook_pages.prerender(
            config,
            [(project.notebook(other, page)["page"], str(path)) for other in written for page, path in written[other]],
        )
    for page, path in written[lang]:
        where = project.notebook(lang, page)
        files.append(
            File.generated(config, where["download"], abs_src_path=str(path), inclusion=InclusionLevel.NOT_IN_NAV)
        )
        alternates = {other: project.notebook(other, page)["page_url"] for other in project.languages}
        nb_page = notebook_pages.page_file(config, where["page"], str(path), lang, alternates)
        text = notebook.TEXT[lang]
        nb_page.notebook_links = [
            (text["download"], where["download"], f' download="{Path(where["download"]).name}"'),
            (text["chapter"], project.page_path(lang, page), ""),
        ]
        if _colab(config):
            nb_page.notebook_links.append((text["colab"], _colab(config).format(path=where["download"]), ""))
        files.append(nb_page)
    return files


def on_page_markdown(markdown: str, page, config, files) -> str:
    project, lang = Project.from_mkdocs(config), _language(config)
    rel = page.file.src_uri.removeprefix(f"{lang}/")  # docs/<lang>/<page>
    if rel not in _chapters.get(lang, ()):
        return markdown
    where, text = project.notebook(lang, rel), notebook.TEXT[lang]
    here = Path(page.file.src_uri).parent.as_posix() or "."

    def link(target: str) -> str:  # docs-relative: MkDocs validates it (strict) and rewrites it
        return os.path.relpath(target, here).replace(os.sep, "/")

    name = Path(where["download"]).name
    links = [
        f'[{text["download"]}]({link(where["download"])}){{ .md-button download="{name}" }}',
        f"[{text['view']}]({link(where['page'])}){{ .md-button }}",
    ]
    if _colab(config):
        links.append(f"[{text['colab']}]({_colab(config).format(path=where['download'])}){{ .md-button }}")
    bar = '<div class="notebook-links" markdown>\n' + " ".join(links) + "\n</div>\n"
    title = notebook.title_line(markdown, notebook_pages.cache_dir(config) / "notebooks")
    lines = markdown.split("\n")
    return "\n".join([*lines[:title], "", bar, *lines[title:]])
