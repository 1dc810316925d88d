"""Measure how fast the examples are verified, against the physical limit. One command:

    python3 dev.py bench            # or: .venv/bin/python benchmarks/bench.py [--skip-full]

Contract: measures, on the same examples and in one run, and prints one table (also written to
``benchmarks/results/<UTC time>.json`` and ``.md`` so results can be compared over time):

- ``L`` (the limit): one TensorFlow/Keras import per worker plus the sum of every example's own
  compute time (measured warm: second pass in one process) divided by the number of workers. The
  compute is measured twice: in a process free to use every core (TensorFlow's thread pools then
  run one example on several, so dividing by the workers counts that parallelism twice), and
  pinned to one core, which is what each worker has when workers = cores; L uses the latter;
- the wall time of ``pytest snippets/`` (default options) and its ratio to L;
- the naive baseline: every example as its own ``python`` process, the same number at a time as
  there are workers; and its ratio to ``pytest snippets/``;
- the full ``pytest`` wall time and its ratio to ``pytest snippets/`` in the same run, twice:
  with nothing kept from earlier runs (``--cache-clear``: a fresh clone, CI), and then as a
  contributor runs it, after editing one example (a comment appended, taken out afterwards), when
  the browser checks whose pages and code did not change are not run again
  (verifydocs/checkcache.py); with the summed test time per part of the suite (examples, site,
  notebooks, browser, self-tests), each against its own floor (``FLOORS``: the least that part
  could cost, from this run's measures);
- ``mkdocs build --strict`` (cold: empty rendered-notebook cache; warm), ``mkdocs serve``'s rebuild
  time after touching one example, and the time from ``python3 dev.py serve`` to its first page;
- the slowest examples;
- the portability check (``verifydocs.portability``: every example under each other numeric
  environment this CPU can run), wall time and what it found.

History: every run also rewrites ``benchmarks/results/README.md``, one row per run (oldest first)
of the measures with goals, and the table ends with the change of each against the previous run.

Goals (from the performance issue) are printed next to the numbers; they are not asserted: timing
belongs in a benchmark, not in tests.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import contextlib
import json
import os
import platform
import re
import signal
import socket
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from datetime import UTC, datetime
from pathlib import Path

from verifydocs import layout, portability

ROOT = Path(__file__).resolve().parent.parent
SNIPPETS = ROOT / layout.SNIPPETS
RESULTS = ROOT / "benchmarks" / "results"
GOALS = {
    "pytest_snippets_over_L": ("<=", 1.25),
    "baseline_over_pytest": (">=", 5.0),
    "mkdocs_build_s": ("<=", 10.0),
    "serve_rebuild_s": ("<=", 2.0),
    "first_page_s": ("<=", 8.0),
    "full_over_snippets": ("<=", 5.0),
    "full_edit_over_snippets": ("<=", 5.0),
}
EDIT = "\n# (the benchmark's edit: a contributor's change to this example)\n"


def examples() -> list[Path]:
    return layout.examples(ROOT)


def workers() -> int:
    """What ``pytest -n auto`` uses: xdist counts physical cores via psutil if present, else CPUs."""
    try:
        import psutil

        return psutil.cpu_count(logical=False) or os.cpu_count() or 1
    except ImportError:
        return os.cpu_count() or 1


def env() -> dict[str, str]:
    e = dict(os.environ, NO_MKDOCS_2_WARNING="1", PYTHONHASHSEED="0")
    e.pop("PYTEST_ADDOPTS", None)
    return e


def timed(cmd: list[str], extra_env: dict[str, str] | None = None) -> tuple[float, subprocess.CompletedProcess]:
    start = time.perf_counter()
    proc = subprocess.run(cmd, cwd=ROOT, env={**env(), **(extra_env or {})}, capture_output=True, text=True)
    return time.perf_counter() - start, proc


# -- the limit: run in a child process so the import is cold, as on a worker -------------------


def _inner_limit(one_core: bool) -> None:
    """Child: print JSON {import_s, per_example: {rel: seconds}} (second, warm pass). With
    ``one_core`` the process is pinned to one CPU, as each of ``workers`` processes effectively is
    when they share that many cores (TensorFlow alone would spread one example over all of them)."""
    if one_core:
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    import importlib

    from verifydocs import environment, runner, settings

    environment.pin_env(os.environ)  # as in the pytest workers
    cfg = settings.load(ROOT)
    start = time.perf_counter()
    with runner.quiet_fd(2):
        for name in cfg.preload:
            importlib.import_module(name)
    import_s = time.perf_counter() - start
    times: dict[str, float] = {}
    for attempt in range(2):
        for path in examples():
            rel = path.relative_to(SNIPPETS).as_posix()
            t0 = time.perf_counter()
            with runner.quiet_fd(2):
                runner.run(path, SNIPPETS, cfg.for_example(rel))
            if attempt:
                times[rel] = time.perf_counter() - t0
    print(json.dumps({"import_s": import_s, "per_example": times}))


def limit(n_workers: int, one_core: bool) -> dict:
    elapsed, proc = timed([sys.executable, __file__, "--inner-limit", *(["--one-core"] if one_core else [])])
    if proc.returncode:
        sys.exit(f"measuring the limit failed:\n{proc.stderr[-3000:]}")
    data = json.loads(proc.stdout.strip().splitlines()[-1])
    compute = sum(data["per_example"].values())
    data["compute_s"] = compute
    data["L_s"] = data["import_s"] + compute / n_workers
    return data


# -- the naive baseline: one process per example ------------------------------------------------


def baseline(n_workers: int) -> float:
    from verifydocs.environment import pin_env

    def one(path: Path) -> None:
        with tempfile.TemporaryDirectory() as cwd:
            subprocess.run([sys.executable, str(path)], cwd=cwd, env=pin_env(env()), capture_output=True, check=True)

    start = time.perf_counter()
    with concurrent.futures.ThreadPoolExecutor(n_workers) as pool:
        list(pool.map(one, examples()))
    return time.perf_counter() - start


# -- pytest --------------------------------------------------------------------------------------

PARTS = [
    ("examples", re.compile(r"^snippets/")),
    ("notebooks", re.compile(r"notebook")),
    ("browser", re.compile(r"browser")),
    ("checker self-tests", re.compile(r"test_checker|test_compare_text|selftest")),
    ("site", re.compile(r"test_site|test_glossary|sitecheck")),
    ("README/docs code blocks", re.compile(r"README|^docs/")),
]


# The least each part of the full suite could cost in summed test time, from this run's measures
# (r: the result so far). A part without a floor here is reported without one.
FLOORS = {
    # every example's own compute once (warm, one core): import and start-up are per worker, not per test
    "examples": ("examples' compute", lambda r: r["compute_s"]),
    # one kernel start + import per worker (the zygote the pages' kernels are forked from), then
    # every chapter page's examples' compute once
    "notebooks": (
        "per worker: kernel start + import, then every page's examples' compute",
        lambda r: min(r["workers"], r["chapters"]) * r["kernel_start_s"] + r["chapter_compute_s"],
    ),
    # one strict build of the site (warm notebook cache, as the tests have it); the checks read files
    "site": ("one warm mkdocs build", lambda r: r["mkdocs_build_s"]),
}


def pytest_run(args: list[str]) -> tuple[float, dict[str, float], str]:
    """Wall time, summed test time per part, and pytest's last lines (what was kept, skipped)."""
    with tempfile.TemporaryDirectory() as tmp:
        xml = Path(tmp) / "junit.xml"
        elapsed, proc = timed([sys.executable, "-m", "pytest", "-q", f"--junitxml={xml}", *args])
        if proc.returncode:
            sys.exit(f"pytest {' '.join(args)} failed:\n{proc.stdout[-3000:]}")
        parts: dict[str, float] = {}
        for case in ET.parse(xml).iter("testcase"):
            where = f"{case.get('classname', '')} {case.get('file', '')}".replace(".", "/")
            name = next((label for label, rx in PARTS if rx.search(where)), "other")
            parts[name] = parts.get(name, 0.0) + float(case.get("time", 0))
    said = [line for line in proc.stdout.splitlines() if line.startswith("browser: ") or re.match(r"\d+ passed", line)]
    return elapsed, parts, "; ".join(said)


@contextlib.contextmanager
def edited(example: Path):
    """``example`` with a comment appended (its page and notebook change, its output does not),
    as it was afterwards."""
    saved = example.read_bytes()
    example.write_bytes(saved + EDIT.encode())
    try:
        yield example.relative_to(ROOT).as_posix()
    finally:
        example.write_bytes(saved)


# -- mkdocs --------------------------------------------------------------------------------------


def mkdocs_build() -> tuple[float, float]:
    """(cold, warm): with an empty rendered-notebook cache (a fresh clone, CI), then with it filled.
    The command is ``dev.py build``'s: no ``-q``, which would hide MkDocs' warnings from the
    counter that makes ``--strict`` fail."""
    times = []
    with tempfile.TemporaryDirectory() as site, tempfile.TemporaryDirectory() as cache:
        for _ in range(2):
            elapsed, proc = timed(
                [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", site],
                extra_env={"NOTEBOOK_HTML_CACHE": cache},
            )
            if proc.returncode:
                sys.exit(f"mkdocs build --strict failed:\n{proc.stderr[-3000:]}")
            times.append(elapsed)
    return times[0], times[1]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve_rebuild(touch: Path, rounds: int = 3) -> float:
    """Seconds from touching ``touch`` to mkdocs serve reporting the rebuilt site (median)."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{_free_port()}"],
        cwd=ROOT,
        env=env(),
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        text=True,
    )
    stat = touch.stat()
    try:

        def wait_for(pattern: str, timeout: float = 120) -> None:
            deadline = time.monotonic() + timeout
            for line in proc.stderr:  # type: ignore[union-attr]
                if re.search(pattern, line):
                    return
                if time.monotonic() > deadline:
                    break
            raise RuntimeError(f"mkdocs serve never logged {pattern!r}")

        wait_for(r"Serving on")
        times = []
        for _ in range(rounds):
            time.sleep(1.0)  # let the watcher settle
            start = time.perf_counter()
            os.utime(touch)
            wait_for(r"Reloading browsers")  # one line per rebuild, after it is written
            times.append(time.perf_counter() - start)
        return sorted(times)[len(times) // 2]
    finally:
        proc.terminate()
        proc.wait(30)
        os.utime(touch, ns=(stat.st_atime_ns, stat.st_mtime_ns))


# -- the portability check ------------------------------------------------------------------------


def portability_check() -> tuple[float, str]:
    """Wall time of the check over every example (environments two at a time), and what it found."""
    report = portability.check(ROOT, jobs=2)
    moved = len({example for _, example, _ in report.moved})
    found = f"{moved} example(s) moved, {len(report.unperturbed)} failing unperturbed, {len(report.broken)} broken"
    return report.seconds, f"{len(report.ran)} environment(s), {found}"


def first_page(command: tuple[str, ...] = (str(ROOT / "dev.py"), "serve"), port: int | None = None) -> float:
    """Seconds from starting ``python3 dev.py serve`` (installed: its stamp is current) to the first
    page it answers (``command``: what runs after ``python``). The served site's address is in the
    generated notebooks' links, so the build cache is warm only for an address served before: a
    contributor's ``localhost:8000`` every day; the benchmark serves one address twice."""
    import urllib.request

    port = port or _free_port()
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, *command, "--dev-addr", f"127.0.0.1:{port}"],
        cwd=ROOT,
        env=env(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,  # dev.py runs mkdocs as its child: the finally stops them both
    )
    try:
        url = f"http://127.0.0.1:{port}{layout.Project.load(ROOT).base_path}"
        while time.perf_counter() - start < 180:
            if proc.poll() is not None:
                raise RuntimeError(f"dev.py serve exited with {proc.returncode}")
            try:
                with urllib.request.urlopen(url, timeout=5) as answer:
                    if answer.status == 200:
                        return time.perf_counter() - start
            except OSError:
                time.sleep(0.1)
        raise RuntimeError(f"dev.py serve never answered {url}")
    finally:
        # Terminating dev.py alone would leave its mkdocs serving: the next measure on this
        # address would read 0 s, and the server would rebuild on every file the suite touches.
        if hasattr(os, "killpg"):
            os.killpg(proc.pid, signal.SIGTERM)
        else:
            proc.terminate()
        proc.wait(30)


def kernel_start() -> float:
    """Seconds to start a Jupyter kernel and import what examples import (``preload``): the fixed
    cost of one chapter notebook's run."""
    import nbformat
    from nbclient import NotebookClient

    from verifydocs import notebook_run, runner, settings

    cfg = settings.load(ROOT)
    imports = "\n".join(f"import {name}" for name in cfg.preload)
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(imports)])
    start = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp, runner.quiet_fd(2):
        client = NotebookClient(nb, kernel_name="python3", resources={"metadata": {"path": tmp}})
        client.execute(env=notebook_run.kernel_env(Path(tmp), cfg.defaults.dpi), cwd=tmp)
    return time.perf_counter() - start


def chapters_and_their_compute(per_example: dict[str, float]) -> tuple[int, float]:
    """The number of chapter pages (one notebook run each) and the compute of the examples they
    show, each once."""
    from verifydocs import pages

    project = layout.Project.load(ROOT)
    lang = project.default_language
    shown: set[str] = set()
    chapters = project.chapters(lang)
    for page in chapters:
        shown |= {i.target for i in pages.read_file(project.docs(lang) / page).includes if i.is_example}
    return len(chapters), sum(secs for rel, secs in per_example.items() if rel in shown)


# -- history -------------------------------------------------------------------------------------

HISTORY = [  # (column, key in the result)
    ("snippets / L", "pytest_snippets_over_L"),
    ("full / snippets", "full_over_snippets"),
    ("full (s)", "pytest_full_s"),
    ("full after an edit / snippets", "full_edit_over_snippets"),
    ("cold build (s)", "mkdocs_build_cold_s"),
    ("serve rebuild (s)", "serve_rebuild_s"),
    ("first page (s)", "first_page_s"),
]


def history() -> list[dict]:
    runs = [json.loads(p.read_text("utf-8")) for p in sorted(RESULTS.glob("*.json"))]
    for r in runs:  # runs from before the ratio was recorded
        if "pytest_full_s" in r and "full_over_snippets" not in r:
            r["full_over_snippets"] = r["pytest_full_s"] / r["pytest_snippets_s"]
    return runs


def history_table(runs: list[dict]) -> str:
    """One row per run, oldest first: what the goals are about (missing measures: —)."""
    lines = [
        "# Benchmark history",
        "",
        "One row per `python3 dev.py bench` run (`benchmarks/bench.py`, which rewrites this file); each",
        "run's full table is in `<time>.md`, its numbers in `<time>.json`. Timings depend on the load",
        "of the machine: compare runs made on the same machine under the same load.",
        "",
        "| run | machine | " + " | ".join(col for col, _ in HISTORY) + " |",
        "|---|---|" + "---|" * len(HISTORY),
    ]
    for r in runs:
        cells = [f"{r[key]:.2f}" if key in r else "—" for _, key in HISTORY]
        lines.append(f"| [{r['when']}]({r['when'].replace(':', '')}.md) | {r['machine']} | " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def compared(r: dict, previous: dict | None) -> str:
    if previous is None:
        return ""
    rows = [
        f"| {col} | {previous[key]:.2f} | {r[key]:.2f} | {r[key] / previous[key]:.2f}× |"
        for col, key in HISTORY
        if key in r and previous.get(key)
    ]
    head = [f"## Against the previous run ({previous['when']})", "", "| measure | then | now | now / then |"]
    return "\n" + "\n".join([*head, "|---|---|---|---|", *rows]) + "\n"


# -- report --------------------------------------------------------------------------------------


def verdict(key: str, value: float) -> str:
    op, goal = GOALS[key]
    ok = value <= goal if op == "<=" else value >= goal
    return f"goal {op} {goal:g}: {'met' if ok else 'NOT met'}"


def goal_row(label: str, goal: str, value: float, unit: str = "") -> tuple[str, str, str]:
    return (label, f"{value:.2f}{unit}", verdict(goal, value))


def _parts(r: dict, parts: dict[str, float]) -> list[tuple[str, str, str]]:
    rows = []
    for part, secs in sorted(parts.items(), key=lambda kv: -kv[1]):
        floor = r.get("floors", {}).get(part)
        note = f"{secs / floor[1]:.1f}× its floor, {floor[1]:.2f} s = {floor[0]}" if floor else "no floor defined"
        rows.append((f"  summed test time: {part}", f"{secs:.2f} s", note))
    return rows


def render(r: dict) -> str:
    rows = [
        ("examples", f"{r['examples']} on {r['workers']} worker(s)", ""),
        ("TF+Keras import (cold, one process)", f"{r['import_s']:.2f} s", ""),
        ("sum of example compute (warm, process on all cores)", f"{r['compute_all_cores_s']:.2f} s", ""),
        ("L with that compute", f"{r['L_all_cores_s']:.2f} s", ""),
        ("sum of example compute (warm, process on one core)", f"{r['compute_s']:.2f} s", ""),
        ("L = import + one-core compute / workers", f"{r['L_s']:.2f} s", ""),
        ("pytest snippets/ (wall)", f"{r['pytest_snippets_s']:.2f} s", ""),
        ("pytest snippets/ / L (all-cores compute)", f"{r['pytest_snippets_s'] / r['L_all_cores_s']:.2f}", ""),
        goal_row("pytest snippets/ / L", "pytest_snippets_over_L", r["pytest_snippets_over_L"]),
    ]
    if "baseline_s" in r:
        rows.append(("naive baseline: python per example (wall)", f"{r['baseline_s']:.2f} s", ""))
        rows.append(goal_row("baseline / pytest snippets/", "baseline_over_pytest", r["baseline_over_pytest"]))
    rows += [
        goal_row("mkdocs build --strict, cold (no build cache)", "mkdocs_build_s", r["mkdocs_build_cold_s"], " s"),
        goal_row("mkdocs build --strict, warm", "mkdocs_build_s", r["mkdocs_build_s"], " s"),
        goal_row("mkdocs serve rebuild after touching an example", "serve_rebuild_s", r["serve_rebuild_s"], " s"),
    ]
    if "first_page_s" in r:
        rows.append(goal_row("python3 dev.py serve: first page served", "first_page_s", r["first_page_s"], " s"))
        rows.append(("  the same, first serve on that address", f"{r['first_page_new_address_s']:.2f} s", ""))
    if "pytest_full_s" in r:
        rows.append(("full pytest, nothing kept (--cache-clear: CI) (wall)", f"{r['pytest_full_s']:.2f} s", ""))
        rows.append(
            goal_row("full pytest, nothing kept / pytest snippets/", "full_over_snippets", r["full_over_snippets"])
        )
        rows += _parts(r, r["full_parts"])
    if "pytest_full_edit_s" in r:
        rows.append((f"full pytest after editing {r['edited']} (wall)", f"{r['pytest_full_edit_s']:.2f} s", ""))
        rows.append(("  what pytest said", "", r["full_edit_said"]))
        rows.append(("  (the cheapest kind of edit: a change to tooling, CSS or templates re-runs all)", "", ""))
        rows.append(
            goal_row(
                "full pytest after the edit / pytest snippets/", "full_edit_over_snippets", r["full_edit_over_snippets"]
            )
        )
        rows += _parts(r, r["full_edit_parts"])
    if "portability_s" in r:
        rows.append(("portability check (wall, jobs=2)", f"{r['portability_s']:.2f} s", r["portability"]))
    rows += [(f"  slow example: {rel}", f"{secs:.2f} s", "") for rel, secs in r["slowest"]]
    width = max(len(a) for a, _, _ in rows)
    lines = [
        f"# Benchmark {r['when']} ({r['machine']})",
        "",
        f"| {'measure'.ljust(width)} | value | note |",
        f"|{'-' * (width + 2)}|---|---|",
    ]
    lines += [f"| {a.ljust(width)} | {b} | {c} |" for a, b, c in rows]
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--inner-limit", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--one-core", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--skip-full", action="store_true", help="skip the two full pytest runs")
    parser.add_argument(
        "--skip-baseline", action="store_true", help="skip the naive baseline (one python per example: minutes)"
    )
    args = parser.parse_args()
    if args.inner_limit:
        _inner_limit(args.one_core)
        return 0

    n = workers()
    print(f"measuring {len(examples())} examples with {n} worker(s); this takes a few minutes", file=sys.stderr)
    r: dict = {
        "when": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "machine": f"{platform.node()}, {os.cpu_count()} CPUs, Python {platform.python_version()}",
        "examples": len(examples()),
        "workers": n,
    }
    # The limit as the issue defines it (compute measured in one unrestricted process), and with
    # that process pinned to one core: with one worker per core, that is what each worker gets.
    free = limit(n, one_core=False)
    lim = limit(n, one_core=hasattr(os, "sched_setaffinity") and n > 1) if n > 1 else free
    r.update(
        import_s=lim["import_s"],
        compute_s=lim["compute_s"],
        L_s=lim["L_s"],
        compute_all_cores_s=free["compute_s"],
        L_all_cores_s=free["L_s"],
    )
    r["slowest"] = sorted(lim["per_example"].items(), key=lambda kv: -kv[1])[:8]
    r["pytest_snippets_s"], _, _ = pytest_run(["snippets/"])
    r["pytest_snippets_over_L"] = r["pytest_snippets_s"] / r["L_s"]
    if not args.skip_baseline:
        r["baseline_s"] = baseline(n)
        r["baseline_over_pytest"] = r["baseline_s"] / r["pytest_snippets_s"]
    r["mkdocs_build_cold_s"], r["mkdocs_build_s"] = mkdocs_build()
    r["serve_rebuild_s"] = serve_rebuild(examples()[0])
    r["portability_s"], r["portability"] = portability_check()
    port = _free_port()
    r["first_page_new_address_s"] = first_page(port=port)
    r["first_page_s"] = first_page(port=port)
    if not args.skip_full:
        r["pytest_full_s"], r["full_parts"], _ = pytest_run(["--cache-clear"])
        r["full_over_snippets"] = r["pytest_full_s"] / r["pytest_snippets_s"]
        with edited(examples()[0]) as r["edited"]:
            r["pytest_full_edit_s"], r["full_edit_parts"], r["full_edit_said"] = pytest_run([])
        kept = re.search(r"browser: (\d+) of (\d+) pages", r["full_edit_said"])
        if not kept or int(kept[1]) >= int(kept[2]):  # the edited chapter's pages must be checked again
            sys.exit(f"after editing {r['edited']} the browser checks kept the wrong pages: {r['full_edit_said']}")
        r["full_edit_over_snippets"] = r["pytest_full_edit_s"] / r["pytest_snippets_s"]
        r["kernel_start_s"] = kernel_start()
        r["chapters"], r["chapter_compute_s"] = chapters_and_their_compute(lim["per_example"])
        r["floors"] = {part: (what, floor(r)) for part, (what, floor) in FLOORS.items()}
    RESULTS.mkdir(parents=True, exist_ok=True)
    runs = history()
    table = render(r) + compared(r, runs[-1] if runs else None)
    print(table)
    stem = RESULTS / r["when"].replace(":", "")
    stem.with_suffix(".json").write_text(json.dumps(r, indent=2) + "\n", encoding="utf-8")
    stem.with_suffix(".md").write_text(table, encoding="utf-8")
    (RESULTS / "README.md").write_text(history_table([*runs, r]), encoding="utf-8")
    print(f"written: {stem.with_suffix('.json').relative_to(ROOT)}, .md, README.md", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
