"""MkDocs hook: publish the figure goldens under ``snippets/`` (one copy for both languages).

Contract: every ``snippets/<chapter>/<name>[-N].png`` becomes the site file
``snippets/<chapter>/<name>[-N].png``; pages link to it as ``../snippets/<chapter>/<name>.png``
(the same line in zh and en). Figures are never copied into ``docs/``.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files

from verifydocs.layout import SNIPPETS


@event_priority(-200)  # after mkdocs-static-i18n (-100), which would duplicate it per language
def on_files(files: Files, config) -> Files:
    root = Path(config["config_file_path"]).parent
    for png in sorted((root / SNIPPETS).rglob("*.png")):
        rel = png.relative_to(root).as_posix()
        files.append(File.generated(config, rel, abs_src_path=str(png)))
    return files
