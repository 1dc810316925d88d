"""Numbers in prose: every number a reader reads on a page is printed by an output that page
includes, written in the code it includes, or marked as the author's own.

Contract: ``problems(project, path) -> list[str]`` ([] is good) for one page; ``numbers(text)``
gives the checked numbers of one ``pages.Text`` (also what the zh/en parity compares).

What is read: the page's prose as ``verifydocs.pages`` gives it (paragraphs, list items,
admonitions, table cells, headings, captions, alt text, inline code and LaTeX). A number is digits
with an optional decimal part, thousands separators (``242,762``), an exponent (``1e-7``,
``1.2 \\times 10^{-7}``, ``10^{-7}``, ``10⁻⁷``), a percent sign (``83 %`` is 0.83) or a Chinese
unit (``24 万`` is 240000). Signs are not compared (a ``-`` is too often a dash): magnitudes are.

When it passes: the prose value equals a printed (or coded) value rounded to the digits the prose
gives: ``|printed - prose| <= half a unit of the prose's last digit``, so 0.1101 matches 0.110127
and 0.035 matches 0.0348, but 0.1612 does not match 0.161 (the prose claims a digit nothing
printed). An integer must be exact (``300`` matches ``300.0`` and ``299.7``, not ``312``).

Notation, recognised and not checked (``NOTATION``, each rule self-tested in tests/test_prose.py):

- ``count``: a whole number from 0 to 10 written without decimal point, exponent or percent
  ("2 layers", "axis 1", "figure 2", "exercise 4", the 2 in $2(a - y)$);
- ``index``: in LaTeX, what stands in a subscript or superscript ($x_1$, $W^{[2]}$, $e^{z_{ik}}$,
  $\\varepsilon^{1/3}$); a power of ten ($10^{-7}$) is a value, not an index;
- ``version``: a version right after a product name (TensorFlow 2.21, Python 3.11); a full
  ``x.y.z`` of a pinned product must be its pin in ``pyproject.toml`` (one place).

Anything else the author wants is marked in the same paragraph (cell, caption …) with an HTML
comment, which renders nothing: ``<!-- own: 1e-15; a bound, not a printed value -->``. The numbers
before ``;`` are accepted in that block; the reason after it is required. A marker whose number
is no longer in its block is reported, so markers cannot go stale.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from . import notebook
from .layout import Project
from .pages import Text, read_file

NOTATION = ("count", "index", "version")
SMALL = 10  # the largest whole number read as a count
PRODUCTS = ("TensorFlow", "TF", "Keras", "NumPy", "Matplotlib", "Python")
_SUPER = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺", "0123456789-+")
_MINUS = "-+−"
NUMBER = re.compile(
    rf"""(?<![A-Za-z0-9_.\\])
    (?P<int>\d{{1,3}}(?:,\d{{3}})+(?!\d)|\d+)(?:\.(?P<frac>\d+))?(?P<version>(?:\.\d+)+)?
    (?:[eE](?P<e>[{_MINUS}]?\d+)
      |\s*(?:×|\\times|\\cdot|·)\s*10(?:\^\{{?(?P<e2>[{_MINUS}]?\d+)\}}?|(?P<e3>[⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+))
      |(?<=10)(?:\^\{{?(?P<e4>[{_MINUS}]?\d+)\}}?|(?P<e5>[⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+))
    )?
    (?P<pct>\s?\\?%)?(?P<unit>\s?[万亿])?
    (?![A-Za-z0-9_])""",
    re.X,
)
# a LaTeX subscript or superscript (one level of nested braces), not a power of ten
_SCRIPT = re.compile(r"(?<!10)[_^](?:\{(?:[^{}]|\{[^{}]*\})*\}|\\[A-Za-z]+|\S)")
_PRODUCT = re.compile(rf"\b(?:{'|'.join(PRODUCTS)})\s*$")
MARKER = re.compile(r"^own:\s*(?P<numbers>[^;]*);\s*(?P<why>\S.*)$", re.S)


@dataclass(frozen=True)
class Number:
    text: str  # as written
    value: float  # magnitude; 83 % is 0.83
    half: float  # half a unit of the last digit written
    line: int
    notation: str | None = None  # a NOTATION rule, or None: checked

    @property
    def key(self) -> str:
        """The normalised number, for comparing languages (``24 万`` and ``240000`` agree)."""
        return f"{self.value:.12g}"


def parse(text: str, line: int = 1, math_text: bool = False) -> list[Number]:
    """Every number in ``text`` (starting at ``line``), notation included and labelled."""
    scripts = [m.span() for m in _SCRIPT.finditer(text)] if math_text else []
    out = []
    for m in NUMBER.finditer(text):
        at = line + text[: m.start()].count("\n")
        digits = m["int"].replace(",", "")
        frac = m["frac"] or ""
        if m["version"] or _PRODUCT.search(text[: m.start()]):
            out.append(Number(m[0], float(digits + "." + (frac or "0")), 0.0, at, "version"))
            continue
        exp = next((g for g in (m["e"], m["e2"], m["e3"]) if g), None)
        power = m["e4"] or m["e5"]
        exp = int(exp.translate(_SUPER).replace("−", "-")) if exp else 0
        if power:  # 10^{-7}: the number is the power
            exp, digits, frac = int(power.translate(_SUPER).replace("−", "-")), "1", ""
        scale = 10.0**exp * (0.01 if m["pct"] else 1) * {"万": 1e4, "亿": 1e8}.get((m["unit"] or "").strip(), 1)
        value = float(Decimal(digits + "." + (frac or "0"))) * scale
        half = 0.5 * 10.0 ** -len(frac) * scale
        plain = not (frac or m["e"] or m["e2"] or m["e3"] or power or m["pct"] or m["unit"])
        notation = None
        if any(a <= m.start() < b for a, b in scripts):
            notation = "index"
        elif plain and int(digits) <= SMALL:
            notation = "count"
        out.append(Number(m[0].strip(), value, half, at, notation))
    return out


def numbers(text: Text, checked_only: bool = True) -> list[Number]:
    """The numbers of one block of prose, in order (only the checked ones by default)."""
    found = [n for span in text.spans for n in parse(span.text, span.line, span.kind == "math")]
    return [n for n in found if n.notation is None] if checked_only else found


def markers(text: Text) -> list[tuple[str, list[Number]]]:
    """The ``<!-- own: …; why -->`` markers of a block: (the comment, the numbers it accepts)."""
    return [(c, parse(m["numbers"])) for c in text.comments if (m := MARKER.match(c))]


@dataclass(frozen=True)
class Printed:
    value: float
    text: str
    source: str  # snippets/<chapter>/<file>


def printed(project: Project, path: Path) -> list[Printed]:
    """Every number in the outputs and code a page includes (magnitudes)."""
    out, seen = [], set()
    for include in read_file(path).includes:
        if include.snippet in seen or not (project.root / include.snippet).is_file():
            continue
        seen.add(include.snippet)
        body = (project.root / include.snippet).read_text("utf-8")
        out += [Printed(n.value, n.text, include.snippet) for n in parse(body)]
    return out


def matches(number: Number, value: float) -> bool:
    return abs(value - number.value) <= number.half * (1 + 1e-9) + 1e-12 * number.value


def _pins(project: Project) -> dict[str, str]:
    pins = dict(part.rsplit(" ", 1) for part in notebook.versions(project).split(", ") if " " in part)
    return pins | ({"TF": pins["TensorFlow"]} if "TensorFlow" in pins else {})


def problems(project: Project, path: Path) -> list[str]:
    """Every number in the page's prose that no included output or code backs, every stale marker,
    and every full version of a pinned product that is not its pin."""
    page = read_file(path)
    where = path.relative_to(project.root) if path.is_absolute() else path
    values = printed(project, path)
    pins = _pins(project)
    out = []
    for text in page.texts:
        accepted = markers(text)
        own = {n.key for _, marked in accepted for n in marked}
        found = numbers(text, checked_only=False)
        for comment, marked in accepted:
            stale = [n.text for n in marked if n.key not in {f.key for f in found}]
            if stale or not marked:
                out.append(
                    f"{where}:{text.line}: the marker <!-- {comment} --> names "
                    f"{', '.join(stale) or 'no number'}, which this block does not contain: "
                    "remove the marker or correct it"
                )
        for n in found:
            if n.notation == "version":
                out += _version_problem(where, text, n, pins)
            if n.notation or n.key in own or any(matches(n, p.value) for p in values):
                continue
            out.append(_unbacked(where, n, values))
    return out


def _version_problem(where, text: Text, n: Number, pins: dict[str, str]) -> list[str]:
    if n.text.count(".") < 2:
        return []
    before = "".join(s.text for s in text.spans)
    product = next((p for p in PRODUCTS if re.search(rf"{p}\s*{re.escape(n.text)}", before)), None)
    pin = pins.get(product or "")
    if pin and pin != n.text:
        return [f"{where}:{n.line}: {product} {n.text} is not the pinned version {pin} (pyproject.toml)"]
    return []


def _unbacked(where, n: Number, values: list[Printed]) -> str:
    def distance(p: Printed) -> float:
        return abs(math.log10(max(p.value, 1e-300)) - math.log10(max(n.value, 1e-300)))

    closest, shown = [], set()
    for p in sorted(values, key=distance):
        if (p.text, p.source) not in shown:
            shown.add((p.text, p.source))
            closest.append(f"{p.text} ({p.source})")
        if len(closest) == 3:
            break
    near = "; ".join(closest) or "none: the page includes no output or code"
    return (
        f"{where}:{n.line}: {n.text} is neither printed by an output this page includes nor written "
        f"in its code.\n    closest printed: {near}\n    fix: make an example print it (then "
        "`python -m pytest --update-goldens snippets/<chapter>/<name>.py`), correct the number, or "
        f"mark it as your own in the same block: <!-- own: {n.text}; why -->"
    )
