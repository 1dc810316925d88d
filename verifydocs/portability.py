"""The portability check: do the examples keep their goldens under other numeric environments?

A reader's machine may pick another BLAS kernel, SIMD level, oneDNN setting or thread count than
the machine that wrote the goldens. This check perturbs each of those on this one machine and
reruns the examples (text and figures), judged by ``verdict`` against the committed goldens.

Contract:
- ``ENVIRONMENTS``: name -> ``Environment`` (variables set before NumPy or TensorFlow is imported,
  and what it stands for). ``numpy-baseline-simd`` disables every NumPy dispatch target this NumPy
  was built with (``NPY_DISABLE_CPU_FEATURES``; baseline features cannot be disabled).
- ``check(root, examples=None, names=None, jobs=2) -> Report``: first a short probe per environment
  (a process that imports NumPy and multiplies two matrices): an environment this CPU cannot run
  (OpenBLAS dies with SIGILL, e.g. ``SkylakeX`` without AVX-512) or whose BLAS kernel and SIMD level
  equal those of the default or an earlier environment (``Zen`` is ``Haswell``'s kernel) is skipped
  with the reason. Then one process per remaining environment, ``jobs`` at a time, imports
  ``[tool.snippets] preload`` (TensorFlow) once and runs every selected example with ``runner``.
  ``Report.moved`` lists (environment, example, verdict message) for each example that differs
  beyond its tolerance there; failing figures are left under ``test-results/portability/<env>/``.
  An example that differs in every environment is rerun unperturbed (``default``); if it fails
  there too it is ``Report.unperturbed`` (a plain failure, for pytest), not a move.
- ``python -m verifydocs.portability [--jobs N] [--env NAME]... [paths]`` (or
  ``python3 dev.py portability``) prints the report and exits 1 when an example moved, fails
  unperturbed, or an environment's process failed (``Report.failed``).
"""

from __future__ import annotations

import argparse
import concurrent.futures
import dataclasses
import importlib
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from . import environment, layout, runner, settings, verdict


@dataclasses.dataclass(frozen=True)
class Environment:
    variables: dict[str, str]
    stands_for: str


ONE_THREAD = {"OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1"}
ONE_THREAD |= {"TF_NUM_INTRAOP_THREADS": "1", "TF_NUM_INTEROP_THREADS": "1"}
ENVIRONMENTS = {
    "openblas-skylakex": Environment({"OPENBLAS_CORETYPE": "SkylakeX"}, "x86-64 with AVX-512"),
    "openblas-haswell": Environment({"OPENBLAS_CORETYPE": "Haswell"}, "x86-64 with AVX2 and FMA"),
    "openblas-zen": Environment({"OPENBLAS_CORETYPE": "Zen"}, "AMD Zen"),
    "openblas-sandybridge": Environment({"OPENBLAS_CORETYPE": "Sandybridge"}, "x86-64 with AVX, no FMA"),
    "openblas-nehalem": Environment({"OPENBLAS_CORETYPE": "Nehalem"}, "x86-64 with SSE4.2 only"),
    "openblas-prescott": Environment({"OPENBLAS_CORETYPE": "Prescott"}, "oldest x86-64 kernels (SSE3)"),
    "numpy-baseline-simd": Environment({"NPY_DISABLE_CPU_FEATURES": "<dispatch>"}, "NumPy without SIMD dispatch"),
    "onednn-off": Environment({"TF_ENABLE_ONEDNN_OPTS": "0"}, "TensorFlow without oneDNN (ARM, some builds)"),
    "one-thread": Environment(ONE_THREAD, "a single core"),
}
DEFAULT = "default"  # this machine's own numerics: the reference for an example that moves everywhere
PACKAGE_HOME = Path(__file__).resolve().parents[1]
# Variables the check controls: never inherited from the caller's shell into an environment.
CONTROLLED = {name for env in ENVIRONMENTS.values() for name in env.variables}
PROBE = (  # what a BLAS/SIMD environment really changes; dies with SIGILL where the CPU can't
    "import json, numpy as np, threadpoolctl\n"
    "from numpy._core._multiarray_umath import __cpu_features__ as f, __cpu_dispatch__ as d\n"
    "np.ones((64, 64), np.float32) @ np.ones((64, 64), np.float32)\n"
    "blas = sorted(i.get('architecture') or '?' for i in threadpoolctl.threadpool_info() if i['user_api'] == 'blas')\n"
    "print(json.dumps({'blas': blas, 'simd': [t for t in d if f.get(t)]}))\n"
)


@dataclasses.dataclass
class Report:
    ran: dict[str, str] = dataclasses.field(default_factory=dict)  # environment -> its numerics
    skipped: dict[str, str] = dataclasses.field(default_factory=dict)  # environment -> why
    moved: list[tuple[str, str, str]] = dataclasses.field(default_factory=list)  # (env, example, message)
    broken: dict[str, str] = dataclasses.field(default_factory=dict)  # environment -> why its process failed
    unperturbed: dict[str, list[str]] = dataclasses.field(default_factory=dict)  # example -> problems, unperturbed
    examples: int = 0
    seconds: float = 0.0

    @property
    def failed(self) -> bool:
        return bool(self.moved or self.broken or self.unperturbed)

    def text(self) -> str:
        lines = [
            f"portability check: {self.examples} example(s) in {len(self.ran)} environment(s), {self.seconds:.1f} s"
        ]
        lines += [f"  ran      {name}: {what}" for name, what in self.ran.items()]
        lines += [f"  skipped  {name}: {why}" for name, why in self.skipped.items()]
        lines += [f"\nFAILED   {name}: the check could not run there: {why}" for name, why in self.broken.items()]
        for example, problems in self.unperturbed.items():
            lines.append(f"\nFAILS UNPERTURBED too (not a portability problem; run pytest on it): {example}")
            lines += ["  " + problem.replace("\n", "\n  ") for problem in problems]
        for env, example, message in self.moved:
            lines.append(f"\nMOVED in {env} ({_describe_vars(env)}): {example}")
            lines.append("  " + message.replace("\n", "\n  "))
        pairs = {(env, ex) for env, ex, _ in self.moved}
        where: dict[str, list[str]] = {}
        for env, ex in sorted(pairs, key=lambda pair: list(self.ran).index(pair[0])):
            where.setdefault(ex, []).append(env)
        if where:
            lines.append(
                f"\n{len(where)} example(s) differ beyond tolerance in another numeric environment, so a reader's "
                "machine would fail them:"
            )
            lines += [f"  {ex}: {', '.join(envs)}" for ex, envs in sorted(where.items())]
            lines.append(
                "Print a stable form (fewer digits, a rounded value, a float64 computation) or give the example a "
                "looser tolerance, stated and justified in pyproject.toml [tool.snippets.overrides]. "
                "Re-check with: python3 dev.py portability <paths>"
            )
        return "\n".join(lines)


def _describe_vars(name: str) -> str:
    return " ".join(f"{k}={v}" for k, v in _variables(name).items())


def _variables(name: str) -> dict[str, str]:
    variables = dict(ENVIRONMENTS[name].variables)
    if variables.get("NPY_DISABLE_CPU_FEATURES") == "<dispatch>":
        from numpy._core._multiarray_umath import __cpu_dispatch__

        variables["NPY_DISABLE_CPU_FEATURES"] = " ".join(__cpu_dispatch__)
    return variables


def _env(name: str | None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in CONTROLLED}
    environment.pin_env(env)
    env.setdefault("PYTHONHASHSEED", "0")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(PACKAGE_HOME), env.get("PYTHONPATH")]))  # this verifydocs
    return env | (_variables(name) if name else {})


def _probe(name: str | None) -> tuple[dict | None, str]:
    # About the machine, not a project: run where no project's files are (``-c`` imports from there)
    proc = subprocess.run(
        [sys.executable, "-c", PROBE],
        env=_env(name),
        cwd=tempfile.gettempdir(),
        capture_output=True,
        text=True,
        timeout=120,
    )
    if proc.returncode:
        died = -proc.returncode if proc.returncode < 0 else None
        how = f"signal {signal.Signals(died).name}" if died else f"exit status {proc.returncode}"
        return None, f"this CPU cannot run it (a NumPy matmul died with {how}) {proc.stderr.strip()[-300:]}".rstrip()
    return json.loads(proc.stdout.strip().splitlines()[-1]), ""


def _plan(names: list[str], jobs: int) -> tuple[list[str], dict[str, str], dict[str, str]]:
    """(environments to run, their numerics, skipped environments with the reason)."""
    with concurrent.futures.ThreadPoolExecutor(jobs) as pool:
        default, *probes = pool.map(_probe, [None, *names])
    seen = {json.dumps(default[0]): "this machine's default"}
    run, numerics, skipped = [], {}, {}
    for name, (found, why) in zip(names, probes, strict=True):
        if found is None:
            skipped[name] = why
            continue
        key = json.dumps(found)
        what = f"BLAS kernel {'/'.join(found['blas']) or 'none'}, NumPy SIMD {'+'.join(found['simd']) or 'baseline'}"
        numeric_only = set(ENVIRONMENTS[name].variables) <= {"OPENBLAS_CORETYPE", "NPY_DISABLE_CPU_FEATURES"}
        if numeric_only and key in seen:
            skipped[name] = f"same numerics as {seen[key]} ({what})"
            continue
        seen.setdefault(key, name)
        run.append(name)
        numerics[name] = f"{ENVIRONMENTS[name].stands_for}; {_describe_vars(name)}; {what}"
    return run, numerics, skipped


def _run_in(name: str, root: Path, examples: list[str], timeout: float) -> dict[str, list[str]] | str:
    with tempfile.TemporaryDirectory(prefix="portability-") as tmp:
        out = Path(tmp) / "result.json"
        cmd = [sys.executable, "-m", "verifydocs.portability", "--child", name, "--root", str(root), "--json", str(out)]
        proc = subprocess.run(
            [*cmd, *examples],
            env=_env(None if name == DEFAULT else name),
            capture_output=True,
            text=True,
            timeout=timeout,
            cwd=root,
        )
        if proc.returncode or not out.exists():
            tail = (proc.stderr or proc.stdout).strip()[-2000:]
            return f"its process ended with exit status {proc.returncode}:\n{tail}"
        return json.loads(out.read_text(encoding="utf-8"))


def check(root: Path, examples: list[Path] | None = None, names: list[str] | None = None, jobs: int = 2) -> Report:
    start = time.perf_counter()
    root = root.resolve()
    snippets = root / layout.SNIPPETS
    cfg = settings.load(root)
    rels = [p.resolve().relative_to(snippets).as_posix() for p in (examples or layout.examples(root))]
    report = Report(examples=len(rels))
    run, report.ran, report.skipped = _plan(list(names or ENVIRONMENTS), jobs)
    timeout = 120 + sum(cfg.for_example(rel).timeout for rel in rels)
    with concurrent.futures.ThreadPoolExecutor(jobs) as pool:
        results = dict(zip(run, pool.map(lambda name: _run_in(name, root, rels, timeout), run), strict=True))
    everywhere = [
        rel for rel in rels if len(results) > 1 and all(isinstance(r, dict) and rel in r for r in results.values())
    ]
    here = _run_in(DEFAULT, root, everywhere, timeout) if everywhere else {}
    if isinstance(here, str):
        report.broken[DEFAULT] = here
    else:
        report.unperturbed = {f"{layout.SNIPPETS}/{rel}": problems for rel, problems in here.items()}
    for name, by_example in results.items():
        if isinstance(by_example, str):
            report.broken[name] = by_example
            continue
        for rel, problems in by_example.items():
            if f"{layout.SNIPPETS}/{rel}" not in report.unperturbed:
                report.moved += [(name, f"{layout.SNIPPETS}/{rel}", problem) for problem in problems]
    report.seconds = time.perf_counter() - start
    return report


def _child(name: str, root: Path, rels: list[str], out: Path) -> None:
    """One environment: import the preload once, run every example, write {example: [problems]}."""
    cfg = settings.load(root)
    snippets = root / layout.SNIPPETS
    with runner.quiet_fd(2):  # TensorFlow's C++ start-up banner bypasses Python's stderr
        for module in (*cfg.preload, "matplotlib.pyplot"):
            importlib.import_module(module)
    tf = sys.modules.get("tensorflow")
    if tf is not None and "TF_NUM_INTRAOP_THREADS" in os.environ:  # before TensorFlow's first op
        tf.config.threading.set_intra_op_parallelism_threads(int(os.environ["TF_NUM_INTRAOP_THREADS"]))
        tf.config.threading.set_inter_op_parallelism_threads(int(os.environ["TF_NUM_INTEROP_THREADS"]))
    results = {}
    for rel in rels:
        example, options = snippets / rel, cfg.for_example(rel)
        with runner.quiet_fd(2):
            result = runner.run(example, snippets, options)
        if result.error or result.problems:
            results[rel] = [problem for problem in (result.error, *result.problems) if problem]
            continue
        figures_dir = root / "test-results" / "portability" / name / Path(rel).with_suffix("")
        problems = verdict.check(example, result.stdout, result.figures, options, root=root, results_dir=figures_dir)
        if problems:
            results[rel] = problems
    out.write_text(json.dumps(results), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m verifydocs.portability", description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="*", type=Path, help="examples or folders under snippets/ (default: all)")
    parser.add_argument("--env", action="append", choices=list(ENVIRONMENTS), help="only these environments")
    parser.add_argument("--jobs", type=int, default=2, help="environments run at a time (default 2)")
    parser.add_argument("--root", type=Path, default=Path.cwd(), help="the project (default: here)")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--json", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    root = args.root.resolve()
    if args.child:
        _child(args.child, root, [str(p) for p in args.paths], args.json)
        return 0
    snippets = root / layout.SNIPPETS
    chosen = [p.resolve() for p in args.paths]
    examples = [e for e in layout.examples(root) if not chosen or any(e == c or e.is_relative_to(c) for c in chosen)]
    if not examples:
        parser.error(f"no example under {', '.join(map(str, args.paths)) or snippets}")
    report = check(root, examples, args.env, args.jobs)
    print(report.text())
    return 1 if report.failed else 0


if __name__ == "__main__":
    sys.exit(main())
