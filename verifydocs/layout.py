"""The project's layout: the one definition of every naming, language and URL rule.

Examples and goldens:
- an example is ``snippets/<chapter>/<name>.py`` (not ``_name.py``, a helper); its printed output
  is ``<name>.out`` beside it and its figures ``<name>.png`` (one) or ``<name>-1.png``,
  ``<name>-2.png``, … (several);
- a figure golden belongs to the example of its own stem if that exists (``step-1.png`` to
  ``step-1.py``), else to the stem without ``-N`` (``coffee_train-2.png`` to ``coffee_train.py``).

Pages and languages:
- pages live in ``docs/<lang>/``; the languages and the default one are those of the
  mkdocs-static-i18n plugin in ``mkdocs.yml`` (the one list), read with MkDocs' own YAML loader
  (``!ENV`` and ``!relative`` resolved as MkDocs does);
- the default language is served at the site root, every other under ``<lang>/``; a page
  ``<path>.md`` is served at ``<path>/`` (``index.md`` at the folder itself);
- the counterpart of a page is the same path in another language;
- a chapter is a page that includes an example (``index.md`` and ``glossary.md`` never are); each
  chapter has a notebook per language at ``[<lang>/]notebooks/<page>/`` (rendered) and
  ``[<lang>/]notebooks/<page>/<page>.ipynb`` (download).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

SNIPPETS = "snippets"
DOCS = "docs"
NOT_CHAPTERS = frozenset({"index.md", "glossary.md"})
NOTEBOOK_DIR = "notebooks"
_NUMBERED = re.compile(r"(?P<stem>.+)-(?P<n>\d+)")


# ---- examples and goldens ----------------------------------------------------------------------


def is_example(path: Path, snippets_root: Path) -> bool:
    """``snippets/<chapter>/<name>.py``, not a helper (``_name.py``)."""
    return (
        path.suffix == ".py"
        and not path.name.startswith("_")
        and path.parent.parent.resolve() == snippets_root.resolve()
    )


def examples(root: Path) -> list[Path]:
    return sorted(p for p in (root / SNIPPETS).glob("*/*.py") if not p.name.startswith("_"))


def golden_output(example: Path) -> Path:
    return example.with_suffix(".out")


def figure_paths(example: Path, count: int) -> list[Path]:
    """Where ``count`` figures of ``example`` are stored."""
    if count == 1:
        return [example.with_suffix(".png")]
    return [example.with_name(f"{example.stem}-{i}.png") for i in range(1, count + 1)]


def figure_owner(figure: Path) -> Path:
    """The example a figure golden belongs to (which may not exist: an orphan figure)."""
    own = figure.with_suffix(".py")
    m = _NUMBERED.fullmatch(figure.stem)
    if own.exists() or not m:
        return own
    return figure.with_name(m["stem"] + ".py")


def existing_figures(example: Path) -> list[Path]:
    """The figure goldens of ``example`` that exist, in order."""
    single = example.with_suffix(".png")
    numbered = [
        p
        for p in example.parent.glob(f"{example.stem}-[0-9]*.png")
        if _NUMBERED.fullmatch(p.stem)
        and _NUMBERED.fullmatch(p.stem)["stem"] == example.stem
        and figure_owner(p) == example
    ]
    numbered.sort(key=lambda p: int(_NUMBERED.fullmatch(p.stem)["n"]))
    return ([single] if single.exists() else []) + numbered


# ---- languages, pages and URLs -----------------------------------------------------------------


@dataclass(frozen=True)
class Project:
    """One checkout: where things are, its languages and its published address."""

    root: Path
    languages: tuple[str, ...]
    default_language: str
    site_url: str

    @staticmethod
    def load(root: Path) -> Project:
        """The project at ``root``, from its ``mkdocs.yml``."""
        return _load(Path(root).resolve())

    @staticmethod
    def from_mkdocs(config) -> Project:
        """The project MkDocs is building (inside a hook: the loaded config)."""
        i18n = config.plugins.get("i18n")
        languages = [dict(lang) for lang in i18n.config.languages] if i18n else []
        return Project(
            Path(config["config_file_path"]).parent.resolve(), *_languages(languages), config["site_url"] or "/"
        )

    # -- files
    @property
    def snippets(self) -> Path:
        return self.root / SNIPPETS

    def docs(self, lang: str) -> Path:
        return self.root / DOCS / lang

    def pages(self, lang: str) -> list[str]:
        """Pages of one language, relative to ``docs/<lang>/`` (``tensors.md``), sorted."""
        base = self.docs(lang)
        return sorted(p.relative_to(base).as_posix() for p in base.rglob("*.md"))

    def missing_translations(self) -> list[str]:
        pages = {lang: set(self.pages(lang)) for lang in self.languages}
        return [
            f"{DOCS}/{lang}/{page} has no translation {DOCS}/{other}/{page}"
            for lang in self.languages
            for other in self.languages
            for page in sorted(pages[lang] - pages[other])
        ]

    def chapters(self, lang: str) -> list[str]:
        """Pages that include an example (and so get a notebook)."""
        from .pages import read_file  # the page reader decides what an include is

        return [
            page
            for page in self.pages(lang)
            if page not in NOT_CHAPTERS and any(i.is_example for i in read_file(self.docs(lang) / page).includes)
        ]

    # -- URLs
    def prefix(self, lang: str) -> str:
        """The path of a language's home below the site root: ``""`` or ``"en/"``."""
        return "" if lang == self.default_language else f"{lang}/"

    def page_path(self, lang: str, page: str) -> str:
        """Where ``page`` is served, relative to the site root: ``en/tensors/``, ``""``."""
        path = page[:-3] if page.endswith(".md") else page
        if path == "index":
            path = ""
        elif path.endswith("/index"):
            path = path[: -len("index")]
        elif path:
            path += "/"
        return self.prefix(lang) + path

    def page_url(self, lang: str, page: str) -> str:
        """Absolute URL of a page on the published site."""
        base = self.site_url if self.site_url.endswith("/") else self.site_url + "/"
        return base + self.page_path(lang, page)

    @property
    def base_path(self) -> str:
        """The URL path the site is served under (``/tf-first-principles/``)."""
        path = urlparse(self.site_url).path or "/"
        return path if path.endswith("/") else path + "/"

    def language_of(self, site_path: str) -> str:
        """The language of a site path such as ``en/tensors/`` or ``tensors/index.html``."""
        first = site_path.split("/", 1)[0]
        return first if first in self.languages and first != self.default_language else self.default_language

    def counterpart(self, site_path: str, lang: str) -> str:
        """The same site path in language ``lang``."""
        here = self.language_of(site_path)
        rest = site_path[len(self.prefix(here)) :]
        return self.prefix(lang) + rest

    def notebook(self, lang: str, page: str) -> dict[str, str]:
        """Site paths of a chapter's notebook: ``download`` (.ipynb), ``page`` (its source path as
        a site file) and ``page_url`` (where it is rendered)."""
        stem = page[:-3]
        prefix = self.prefix(lang)
        return {
            "download": f"{prefix}{NOTEBOOK_DIR}/{stem}/{Path(stem).name}.ipynb",
            "page": f"{prefix}{NOTEBOOK_DIR}/{stem}.ipynb",
            "page_url": f"{prefix}{NOTEBOOK_DIR}/{stem}/",
        }


def _languages(entries: list[dict]) -> tuple[tuple[str, ...], str]:
    """(languages, default) from the i18n plugin's ``languages`` list."""
    built = [e for e in entries if e.get("build", True)]
    if not built:
        raise ValueError("mkdocs.yml: the i18n plugin lists no languages")
    default = next((e["locale"] for e in built if e.get("default")), built[0]["locale"])
    return tuple(e["locale"] for e in built), default


@functools.lru_cache(maxsize=8)
def _load(root: Path) -> Project:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.utils.yaml import get_yaml_loader, yaml_load

    path = root / "mkdocs.yml"
    with path.open("rb") as f:
        data = yaml_load(f, loader=get_yaml_loader(config=MkDocsConfig(config_file_path=str(path))))
    i18n = next((p["i18n"] for p in data.get("plugins", []) if isinstance(p, dict) and "i18n" in p), {})
    return Project(root, *_languages(i18n.get("languages", [])), data.get("site_url") or "/")
