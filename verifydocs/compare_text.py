"""Token-wise, tolerance-aware comparison of printed output.

Contract: ``compare(golden, actual, rtol, atol) -> Comparison``. Both texts are sanitised, then
split into tokens: numbers (even where punctuation touches them: ``0.99752736],`` is a number,
``]`` and ``,``), dotted versions (``2.10.0``, compared as text), words, and single other
characters. Whitespace only separates tokens. Integers and text must match exactly; a float
matches when ``|a - g| <= max(atol, rtol * |g|)`` (``g`` the golden value): relative to each
golden number, however small, so ``2.2e-16`` is checked as closely as ``0.5``. ``atol`` is an
absolute floor, 0 by default, so a golden zero (``0.0``, ``-0.0``) must stay zero; an example whose
tiny numbers are rounding noise states its floor (settings overrides, with the reason).
``Comparison.report(golden_name)`` renders a diff whose line numbers point into the golden file,
with the differing tokens marked ``«like this»``.
"""

from __future__ import annotations

import dataclasses
import difflib
import math
import re

from .sanitize import sanitize

NUMBER = r"[-+]?(?:\d+\.\d*|\.\d+|\d+)(?:[eE][-+]?\d+)?"
# Three or more dotted parts is a version (2.10.0, v2.21.0), not the floats 2.10 and .0.
VERSION = r"v?\d+(?:\.\d+){2,}"
# A token is a version, a number, a word (identifiers keep their digits: dense_3, float32) or one
# other non-space character, so "tf.Tensor([" and "tf.Tensor( [" tokenize alike.
TOKEN = re.compile(rf"(?P<version>{VERSION})|(?P<num>{NUMBER})|(?P<text>[^\W\d]\w*|\S)")


@dataclasses.dataclass(frozen=True)
class Token:
    kind: str  # "int", "float" or "text"
    value: str
    line: int  # 1-based line in the sanitised text
    start: int  # column span in that line
    end: int

    @property
    def key(self) -> tuple[str, ...]:
        # Floats align with any float; the tolerance is checked after alignment.
        return ("float",) if self.kind == "float" else (self.kind, self.value)


def tokenize(text: str) -> list[Token]:
    tokens = []
    for lineno, line in enumerate(text.split("\n"), start=1):
        for m in TOKEN.finditer(line):
            if m.group("num") is not None:
                value = m.group("num")
                kind = "float" if re.search(r"[.eE]", value) else "int"
            else:
                value, kind = m.group(), "text"
            tokens.append(Token(kind, value, lineno, m.start(), m.end()))
    return tokens


@dataclasses.dataclass
class Mismatch:
    golden: list[Token]
    actual: list[Token]
    why: str


@dataclasses.dataclass
class Comparison:
    golden_text: str
    actual_text: str
    rtol: float
    atol: float
    mismatches: list[Mismatch]

    @property
    def ok(self) -> bool:
        return not self.mismatches

    def report(self, golden_name: str, context: int = 1, max_details: int = 10) -> str:
        g_lines = self.golden_text.split("\n")
        a_lines = self.actual_text.split("\n")
        g_marks: dict[int, list[Token]] = {}
        a_marks: dict[int, list[Token]] = {}
        hunks: list[tuple[set[int], set[int]]] = []
        for mm in self.mismatches:
            g = {t.line for t in mm.golden}
            a = {t.line for t in mm.actual}
            for t in mm.golden:
                g_marks.setdefault(t.line, []).append(t)
            for t in mm.actual:
                a_marks.setdefault(t.line, []).append(t)
            if not g:  # pure insertion: anchor at the nearest golden line
                g = {_nearest_line(mm, self.golden_text)}
            if not a:
                a = {_nearest_line(mm, self.actual_text, actual=True)}
            if hunks and min(g) <= max(hunks[-1][0]) + 2 * context + 1:
                hunks[-1][0].update(g)
                hunks[-1][1].update(a)
            else:
                hunks.append((set(g), set(a)))
        out = [f"--- {golden_name} (golden)", "+++ actual output"]
        for g, a in hunks:
            g0, g1 = max(1, min(g) - context), min(len(g_lines), max(g) + context)
            a0, a1 = max(1, min(a) - context), min(len(a_lines), max(a) + context)
            out.append(f"@@ -{g0},{g1 - g0 + 1} +{a0},{a1 - a0 + 1} @@")
            changed_g = set(range(min(g), max(g) + 1))
            changed_a = set(range(min(a), max(a) + 1))
            for n in range(g0, min(g)):
                out.append("  " + g_lines[n - 1])
            for n in sorted(changed_g):
                out.append("- " + _mark(g_lines[n - 1], g_marks.get(n, [])))
            for n in sorted(changed_a):
                out.append("+ " + _mark(a_lines[n - 1], a_marks.get(n, [])))
            for n in range(max(g) + 1, g1 + 1):
                out.append("  " + g_lines[n - 1])
        details = [mm.why for mm in self.mismatches[:max_details]]
        if len(self.mismatches) > max_details:
            details.append(f"… and {len(self.mismatches) - max_details} more")
        return "\n".join(out) + "\n\n" + "\n".join("  * " + d for d in details)


def _nearest_line(mm: Mismatch, text: str, actual: bool = False) -> int:
    toks = mm.golden if actual else mm.actual
    return min(toks[0].line, text.count("\n") + 1) if toks else 1


def _mark(line: str, tokens: list[Token]) -> str:
    for t in sorted(tokens, key=lambda t: t.start, reverse=True):
        line = line[: t.start] + "«" + line[t.start : t.end] + "»" + line[t.end :]
    return line


def _allowed(g: float, rtol: float, atol: float) -> float:
    return max(atol, rtol * abs(g))


def _float_close(g: str, a: str, rtol: float, atol: float) -> bool:
    gv, av = float(g), float(a)
    if math.isnan(gv) or math.isnan(av):
        return math.isnan(gv) and math.isnan(av)
    return abs(av - gv) <= _allowed(gv, rtol, atol)


def _describe(tokens: list[Token]) -> str:
    return " ".join(t.value for t in tokens)


def compare(golden: str, actual: str, rtol: float, atol: float) -> Comparison:
    golden, actual = sanitize(golden), sanitize(actual)
    gt, at = tokenize(golden), tokenize(actual)
    matcher = difflib.SequenceMatcher(None, [t.key for t in gt], [t.key for t in at], autojunk=False)
    mismatches = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            for g, a in zip(gt[i1:i2], at[j1:j2], strict=True):
                if g.kind == "float" and not _float_close(g.value, a.value, rtol, atol):
                    err = abs(float(a.value) - float(g.value))
                    allowed = _allowed(float(g.value), rtol, atol)
                    why = (
                        f"golden line {g.line}: expected {g.value}, got {a.value} "
                        f"(|diff| {err:.3g} > {allowed:.3g} = max(atol {atol:g}, rtol {rtol:g}·|expected|))"
                    )
                    mismatches.append(Mismatch([g], [a], why))
        else:
            g, a = gt[i1:i2], at[j1:j2]
            if not g:
                why = f"actual line {a[0].line}: unexpected {_describe(a)!r}"
            elif not a:
                why = f"golden line {g[0].line}: missing {_describe(g)!r}"
            else:
                why = f"golden line {g[0].line}: expected {_describe(g)!r}, got {_describe(a)!r}"
            mismatches.append(Mismatch(g, a, why))
    return Comparison(golden, actual, rtol, atol, mismatches)
