"""MkDocs hook: serve MathJax from the site itself (no CDN), taken from the pinned PyPI package.

Contract: adds ``assets/mathjax/tex-svg.js`` and the TeX extensions MathJax autoloads
(``assets/mathjax/input/tex/extensions/*.js``) to the built site, once for all languages.
``docs/assets/javascripts/mathjax-config.js`` configures it for pymdownx.arithmatex.
"""

from __future__ import annotations

from pathlib import Path

import mathjax  # django-static-mathjax: MathJax's own es5 build, nothing else
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files

ES5 = Path(mathjax.__file__).parent / "static" / "mathjax" / "es5"
SHIPPED = [
    "tex-svg.js",
    *sorted(p.relative_to(ES5).as_posix() for p in (ES5 / "input" / "tex" / "extensions").rglob("*.js")),
]


@event_priority(-200)  # after mkdocs-static-i18n (-100): one copy, not one per language
def on_files(files: Files, config) -> Files:
    for rel in SHIPPED:
        files.append(File.generated(config, f"assets/mathjax/{rel}", abs_src_path=str(ES5 / rel)))
    return files
