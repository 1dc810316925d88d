"""The one table of volatile-output rules, applied to golden and actual output alike.

Contract: ``sanitize(text) -> str`` resolves terminal control characters (``\\r`` overwrites,
``\\b`` backspaces, ANSI escape codes) and masks values that legitimately change from run to run
(Keras timings, object addresses). It never changes the number of lines, so line numbers in a
sanitised golden are line numbers in the ``.out`` file. Before adding a rule here, try fixing the
example instead (``verbose=0`` or ``2`` in ``fit``, no wall-clock prints).
"""

from __future__ import annotations

import re

ANSI = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]")

# (pattern, replacement, why) -- reviewed like code; keep it short. Each rule masks a value only in
# the context that makes it volatile, so the same characters elsewhere are still compared: a bare
# "1s" ("count of 1s") or a hex literal (0x3f800000, the bits of 1.0f) is output like any other.
RULES: list[tuple[re.Pattern[str], str, str]] = [
    (ANSI, "", "ANSI colour / cursor codes (rich, Keras)"),
    (re.compile(r"(?<=\bat )0x[0-9a-fA-F]+(?=>)"), "0x…", "object addresses in reprs: <Foo object at 0x7f…>"),
    (
        re.compile(r"\b\d+(?:\.\d+)?\s?(?:ns|us|µs|ms|s)/(step|sample|epoch)\b"),
        r"<time>/\1",
        "Keras per-step timings: 3ms/step",
    ),
    (
        re.compile(r"\b(\d+/\d+ (?:━+ |\[[=>.]*\] )?(?:- )?)\d+(?:\.\d+)?(?:ms|s)(?= |$)", re.MULTILINE),
        r"\1<time>",
        "the duration after a Keras progress counter: '10/10 - 1s - ', '10/10 ━━━━ 0s 3ms/step'",
    ),
    (re.compile(r"\bETA: ?[\d:]+s?"), "ETA: <time>", "Keras progress-bar ETA"),
]


def _resolve_controls(line: str) -> str:
    """What a terminal shows for one line: the text after the last ``\\r``, backspaces applied."""
    if "\r" in line:
        parts = [p for p in line.split("\r") if p]
        line = parts[-1] if parts else ""
    if "\b" in line:
        out: list[str] = []
        for ch in line:
            if ch == "\b":
                if out:
                    out.pop()
            else:
                out.append(ch)
        line = "".join(out)
    return line


def sanitize(text: str) -> str:
    text = text.replace("\r\n", "\n")
    lines = [_resolve_controls(line) for line in text.split("\n")]
    text = "\n".join(lines)
    for pattern, replacement, _why in RULES:
        text = pattern.sub(replacement, text)
    return text
