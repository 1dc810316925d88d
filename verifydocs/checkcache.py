"""Passing checks kept across test runs, like Bazel's test cache: a check that passed is not run
again while nothing it read has changed. Used for the two kinds of check that only re-derive what
the examples' own runs establish, and cost the most: the browser's (pages of the built site) and
the notebooks' (each page's examples run again in one kernel); and for the tests of the tooling
marked ``kept`` (verifydocs/keptrun.py), keyed on ``selftest_code`` and the content files they
read (verifydocs/reads.py records them, with the views ``LISTING``, ``TREE`` and ``MANIFEST``;
``tooling_or_ignored`` says what is not content). The examples themselves always run.

What a check read is given as files under a root and their digests: for the browser, every file
of the built site the SiteServer answered with while the check ran (``SiteServer.recording``;
Playwright's routing turns the browser's HTTP cache off, so every fetch reaches the server), a
missing file included; for a notebook, the goldens of its examples, and (``also``) a digest of the
notebooks themselves. What checks it is ``code_key``: the checking code and its settings (files)
and facts (for the browser, the Chromium and Playwright versions, axe-core's own script and the
fonts installed; for notebooks, ``python_environment()``). A kept result is used only if the code
key is the same and every file has the same digest.

Contract: ``CheckCache(store, code)`` where ``store`` has ``get(key, default)`` and
``set(key, value)`` (pytest's ``config.cache``; ``pytest --cache-clear`` forgets every result).
``cache.unchanged(unit, root, also="")`` is True when ``unit`` (a name for one check, e.g. a page
and its counterpart) passed before with this code, ``also`` and the same files;
``cache.keep(unit, root, files, outputs=(), also="")`` records that it passed now, having read
``files`` (relative to ``root``) and written ``outputs``, which must still be there as it left
them. Only passes are kept: a failing check always runs again and explains itself. Of some files
only a part counts (``VIEWS``, see there), and of a file a check only asked whether it contains
a text, only the answer (``contains``). ``summary(reports)`` is the line that tells how many
pages were kept (tests/conftest.py prints it); a whole test kept is skipped with the reason
``SKIPPED``. ``CheckingCode(root, module)``, made when a test module is collected, is that
module's checking code as this run loaded it; ``.cache(store, *facts)`` is its ``CheckCache``.
``digest_of(value)`` is a short digest of any JSON-able value (e.g. what a check was given).
pytest's side (skipping a kept test, keeping one that passed) is verifydocs/keptrun.py.
"""

from __future__ import annotations

import hashlib
import json
import os
import platform
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from urllib.parse import quote

from .buildcache import digest

NAMESPACE = "verifydocs/kept/"
UNCHANGED = "browser-pages-unchanged"  # a test's user property: (pages kept, pages in all)
SKIPPED = (
    "passed in an earlier run, and neither a file it reads nor the checking code has changed since "
    "(`pytest --cache-clear` runs it)"
)


def _nothing(data: bytes) -> bytes:
    return b""


def _without_dates(data: bytes) -> bytes:
    return re.sub(rb"<lastmod>[^<]*</lastmod>", b"", data)


# What of a file a page's checks can depend on, where that is not all of it (by file name):
# - the search index changes with every edit of any page's text, and every page loads it
#   (Material's search worker fetches it on load). A page's own checks do not depend on its
#   content; the search tests, which are never kept, query it and report its errors. Counting it
#   would send every page round again after any edit;
# - MkDocs writes the day of the build into every <lastmod> of sitemap.xml, which Material fetches
#   after load for the URLs in its <loc>s: counting the dates would expire every result daily.
VIEWS = {"search_index.json": _nothing, "sitemap.xml": _without_dates}


# A check that reads a file only to ask whether it contains a text (e.g. which pages have code
# blocks) depends on that answer alone: ``contains(rel, text)`` is the name of that question.
_CONTAINS = "?contains="


def contains(rel: str, text: str) -> str:
    """The name, among a check's files, of the question whether file ``rel`` contains ``text``:
    its digest is the answer, so an edit elsewhere in the file does not change it."""
    return rel + _CONTAINS + text


# What a kept test of the tooling (verifydocs/keptrun.py, ``@pytest.mark.kept``) reads is recorded
# (verifydocs/reads.py) as files, and as these views of folders:
LISTING = "?listing"  # the names in a folder (it was listed)
TREE = "?tree"  # every file under a folder, by path and content (it was named to a subprocess)
MANIFEST = "?manifest"  # the names of all content files (``manifest``), among every such test's files
# What such a test runs is its code, all digested: the tooling (the package, the tests and their
# fixtures, the MkDocs hooks and templates, the settings). Everything else in the repository is
# content, keyed file by file as it is read; what is never an input is left out everywhere.
SELFTEST_TOOLING = ("verifydocs", "tests", "hooks", "overrides", "pyproject.toml", "constraints.txt", "mkdocs.yml")
IGNORED = (".venv", ".git", ".cache", ".pytest_cache", ".ruff_cache", "__pycache__")  # and *.egg-info


def _ignored(part: str) -> bool:
    return part in IGNORED or part.endswith(".egg-info")


def tooling_or_ignored(rel: str) -> bool:
    """Whether a path relative to the repository is tooling or never an input (not content)."""
    parts = rel.split("/")
    return parts[0] in SELFTEST_TOOLING or any(map(_ignored, parts))


def _walk(folder: Path) -> list[Path]:
    """Every file under ``folder`` but the ignored ones, sorted."""
    found = []
    for here, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not _ignored(d))
        found += [Path(here, name) for name in files]
    return sorted(found)


def manifest(root: Path) -> str:
    """The name of every content file in the repository at ``root``: a kept test of the tooling
    may have looked at whether a file exists without reading it."""
    names = (p.relative_to(root).as_posix() for p in _walk(root))
    return "\n".join(name for name in names if not tooling_or_ignored(name))


def selftest_code(root: Path) -> list[Path]:
    """The tooling's files (SELFTEST_TOOLING), the code of every test of the tooling kept."""
    return [
        path for name in SELFTEST_TOOLING for path in (_walk(root / name) if (root / name).is_dir() else [root / name])
    ]


def _digest(root: Path, rel: str) -> str | None:
    if rel == MANIFEST:
        return digest_of(manifest(root))
    if rel.endswith(TREE):
        folder = root / rel[: -len(TREE)]
        return digest_of([[p.relative_to(folder).as_posix(), digest(p)] for p in _walk(folder)])
    if rel.endswith(LISTING):
        try:
            return digest_of(sorted(n for n in os.listdir(root / rel[: -len(LISTING)]) if not _ignored(n)))
        except OSError:
            return None
    rel, asks, text = rel.partition(_CONTAINS)
    path = root / rel
    if path.is_dir():  # a missing page's folder that now exists is a change
        return "a folder"
    try:
        data = path.read_bytes()
    except OSError:  # missing, unreadable
        return None
    if asks:
        return "contains" if text.encode() in data else "lacks"
    view = VIEWS.get(rel.rsplit("/", 1)[-1])
    return hashlib.blake2b(view(data) if view else data, digest_size=16).hexdigest()


def fonts() -> str:
    """The installed fonts (fontconfig's list: file, face and version) and fontconfig's settings,
    which decide the layout of every page."""
    fc_list = shutil.which("fc-list")
    if not fc_list:
        return ""
    listing = subprocess.run(
        [fc_list, "--format", "%{file}:%{index}:%{fontversion}\n"], capture_output=True, text=True
    ).stdout
    settings = sorted(p for p in Path("/etc/fonts").rglob("*") if p.is_file()) if Path("/etc/fonts").is_dir() else []
    return "\n".join([*sorted(listing.splitlines()), *(f"{p}:{digest(p)}" for p in settings)])


# The variables a kernel inherits that can change what Python, TensorFlow, Keras, NumPy or
# matplotlib do (the kernel gets the whole environment; the rest are a shell's own).
_ENV_PREFIXES = ("PYTHON", "TF_", "XLA_", "KERAS", "CUDA", "OMP_", "MKL", "KMP_", "OPENBLAS", "NPY_", "NUMPY")
_ENV_PREFIXES += ("MPL", "MATPLOTLIB", "JUPYTER", "IPYTHON", "LANG", "LC_", "TZ", "COLUMNS", "LINES", "TERM")


def python_environment() -> str:
    """What a notebook's numbers depend on besides its code: the numeric environment as the report
    header describes it (versions, oneDNN, SIMD level, BLAS), the variables a kernel inherits that
    matter (``_ENV_PREFIXES``), matplotlib's and Keras' configuration files, the Python and every
    installed distribution with its version."""
    from importlib import metadata

    import matplotlib

    from . import environment

    # First: describing the BLAS imports threadpoolctl, which sets KMP_DUPLICATE_LIB_OK at its import
    # (as the kernels will have it); read after, the variables do not depend on who imported it first
    numerics = environment.describe()
    variables = sorted(f"{name}={value}" for name, value in os.environ.items() if name.startswith(_ENV_PREFIXES))
    keras_home = Path(os.environ.get("KERAS_HOME", Path.home() / ".keras"))
    configs = [Path(matplotlib.matplotlib_fname()), keras_home / "keras.json"]
    installed = sorted(f"{d.metadata['Name']}=={d.version}" for d in metadata.distributions())
    return "\n".join(
        [*numerics, *variables, *(f"{p}:{digest(p)}" for p in configs), sys.version, platform.platform()] + installed
    )


def tooling(root: Path) -> list[Path]:
    """The checking code and settings every kept result depends on: the ``verifydocs`` package,
    the tests' conftest, the project's settings and pins (a test module adds itself)."""
    settings = [root / name for name in ("pyproject.toml", "constraints.txt", "mkdocs.yml", "tests/conftest.py")]
    return [*sorted((root / "verifydocs").rglob("*.py")), *settings]


def code_key(files: Iterable[Path], *facts: str) -> str:
    """A digest of the checking code (the content of ``files``, by path) and other ``facts``."""
    h = hashlib.blake2b(digest_size=16)
    for path in sorted(files):
        h.update(f"{path.as_posix()}\0{digest(path)}\0".encode())
    for fact in facts:
        h.update(fact.encode() + b"\0")
    return h.hexdigest()


def digest_of(value) -> str:
    """A short digest of a JSON-able ``value`` (dicts in key order)."""
    return hashlib.blake2b(json.dumps(value, sort_keys=True).encode(), digest_size=16).hexdigest()


class CheckingCode:
    """The checking code of one test module: the tooling (``tooling``) and the module itself,
    digested when it is made, i.e. at collection, when this run imported that code."""

    def __init__(self, root: Path, module: str | Path):
        self.files = [*tooling(root), Path(module)]
        self.loaded = code_key(self.files)

    def cache(self, store, *facts: str) -> CheckCache:
        """The kept results of checks run by this code with ``facts`` (e.g. the browser's version):
        none is kept if the code is edited while this run goes on."""
        return CheckCache(
            store,
            code_key([], self.loaded, *facts),
            current=lambda: code_key([], code_key(self.files), *facts),
        )


def _key(unit: str) -> str:
    """The store's key for ``unit``, one flat name (pytest's cache makes a file of each key)."""
    return NAMESPACE + quote(unit, safe="")


class CheckCache:
    def __init__(self, store, code: str, current: Callable[[], str] | None = None):
        """``code``: the code key when the checking code was loaded (at collection); ``current``
        gives it again, at each ``keep``: a result is not kept if the code changed meanwhile."""
        self.store, self.code, self.current = store, code, current

    def _files(self, root: Path, files: Iterable[str]) -> dict[str, str | None]:
        return {rel: _digest(root, rel) for rel in sorted(files)}

    def _outputs(self, outputs: Iterable[Path]) -> dict[str, str | None]:
        return {str(path): digest(path) for path in sorted(outputs)}

    def unchanged(self, unit: str, root: Path, also: str = "") -> bool:
        entry = self.store.get(_key(unit), None)
        if not isinstance(entry, dict) or entry.get("code") != self.code or entry.get("also") != also:
            return False
        files, outputs = entry.get("files") or {}, entry.get("outputs") or {}
        return bool(files) and self._files(root, files) == files and self._outputs(map(Path, outputs)) == outputs

    def digests(self, root: Path, files: Iterable[str]) -> dict[str, str | None]:
        """What ``files`` hold now: give it to ``keep`` as ``read`` when they could change while the
        check runs."""
        return self._files(root, files)

    def keep(
        self,
        unit: str,
        root: Path,
        files: Iterable[str],
        outputs: Iterable[Path] = (),
        also: str = "",
        read: dict[str, str | None] | None = None,
    ) -> None:
        """Not kept if the code key changed while the check ran, or the files changed since ``read``."""
        files = self._files(root, files)
        if (self.current and self.current() != self.code) or (read is not None and read != files):
            return
        entry = {"code": self.code, "also": also, "files": files, "outputs": self._outputs(outputs)}
        self.store.set(_key(unit), entry)


def summary(reports) -> str | None:
    """What the tests' UNCHANGED properties add up to, for the end of the run (None if nothing was
    kept)."""
    counts = [value for report in reports for key, value in report.user_properties if key == UNCHANGED]
    kept, total = sum(k for k, _ in counts), sum(n for _, n in counts)
    if not kept:
        return None
    return (
        f"browser: {kept} of {total} pages were not visited again: they passed in an earlier run, and "
        "neither a file they load nor the checking code has changed since "
        "(`pytest --cache-clear` visits every page)"
    )
