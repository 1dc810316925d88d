"""Execute a generated chapter notebook top to bottom in one fresh Jupyter kernel and check every
example cell against its goldens, with the examples' own verdict (``verdict.check``).

Contract: ``same_code(notebooks) -> list[str]`` (``[]`` is good) proves the notebooks of one page
in its languages run the same code: the same code cells (source and metadata) in the same order;
only their prose differs, so executing one of them judges them all (the kernel never sees a
Markdown cell, and the verdict compares with the goldens, not with the saved outputs).
``goldens(nb, root) -> list[str]``: the golden files (paths relative to ``root``) a run of ``nb`` is
compared with (what a kept result depends on: verifydocs/checkcache.py).
``check(nb, root, workdir, name, zygote=None) -> list[str]`` (``[]`` is good). ``nb`` is a notebook
from ``notebook.build`` (code cells name their example in ``metadata.snippet``); its saved outputs are
dropped and it runs in one fresh kernel (``nbclient``; forked from ``zygote``, a
``kernel_zygote.Zygote``, when given) in ``workdir``, as a learner would run it in Jupyter:
examples share the kernel, so one that only works because of state left by an earlier one fails
here, though it passes alone in the snippet runner. For each example cell: no exception, and
``verdict.check`` passes on its printed text (stdout, plus the text of non-image displays such as
rich's) and its figures (failures leave the images under ``workdir/figures/``). Helper cells
(``%%writefile``, and helpers shown on the page) must run without error.

The kernel is configured, not the notebook: the inline backend renders figures at the checker's dpi
without ``bbox_inches="tight"`` (as the goldens were captured), from a private IPython directory so
personal IPython settings do not leak in; the runner's pinned environment (``COLUMNS=80``, no
colour forcing: ``environment.pin_env``); its channels are Unix sockets in a temporary directory of
its own (removed after the run), never TCP ports another process could take first (POSIX:
``UNIX_SOCKETS``; on Windows jupyter_client's TCP ports).
"""

from __future__ import annotations

import base64
import copy
import os
import tempfile
from pathlib import Path

from . import settings as settings_mod
from . import verdict
from .environment import pin_env
from .kernel_zygote import Zygote
from .layout import SNIPPETS, existing_figures, golden_output
from .sanitize import ANSI

UNIX_SOCKETS = os.name == "posix"  # ZeroMQ's ipc transport; Windows kernels keep TCP ports

KERNEL_CONFIG = """\
c.InlineBackend.print_figure_kwargs = {{"bbox_inches": None}}
c.InlineBackend.rc = {{"figure.dpi": {dpi}, "savefig.dpi": {dpi}}}
"""


def kernel_env(workdir: Path, dpi: int) -> dict[str, str]:
    ipython = workdir / "ipython"
    profile = ipython / "profile_default"
    profile.mkdir(parents=True, exist_ok=True)
    (profile / "ipython_kernel_config.py").write_text(KERNEL_CONFIG.format(dpi=dpi), "utf-8")
    return {
        **pin_env(dict(os.environ)),
        "IPYTHONDIR": str(ipython),
        "MPLBACKEND": "module://matplotlib_inline.backend_inline",
        "PYDEVD_DISABLE_FILE_VALIDATION": "1",
    }


def execute(nb: dict, root: Path, workdir: Path, cfg: settings_mod.Config, zygote: Zygote | None = None) -> dict:
    """Run ``nb`` (outputs cleared first) in a fresh kernel in ``workdir`` (forked from ``zygote`` if
    given); return the executed copy."""
    import nbformat
    from nbclient import NotebookClient
    from traitlets.config import Config

    node = nbformat.from_dict(copy.deepcopy(nb))
    for cell in node.cells:
        if cell.cell_type == "code":
            cell.outputs, cell.execution_count = [], None

    def timeout(cell) -> int:
        snippet = cell.metadata.get("snippet")
        return int(cfg.for_example(snippet).timeout if snippet else cfg.defaults.timeout)

    workdir.mkdir(parents=True, exist_ok=True)
    run_dir = workdir / "cwd"
    run_dir.mkdir(exist_ok=True)
    # The kernel listens on Unix sockets in a directory of its own, not on TCP ports: jupyter_client
    # picks a free port by binding and releasing it, and another process (the other pytest worker's
    # kernel, a browser) can take it before the kernel binds it ("Address already in use", seen in CI).
    with tempfile.TemporaryDirectory(prefix="kernel-") as sockets:  # short: a socket path has <108 bytes
        ipc = {"transport": "ipc", "ip": f"{sockets}/ipc", "connection_file": f"{sockets}/kernel.json"}
        manager = ipc if UNIX_SOCKETS else {}
        client = NotebookClient(
            node,
            kernel_name="python3",
            allow_errors=True,
            timeout_func=timeout,
            resources={"metadata": {"path": str(run_dir)}},
            config=Config(KernelManager=manager),
            **({"kernel_manager_class": zygote.kernel_manager_class} if zygote else {}),
        )
        client.execute(env=kernel_env(workdir, cfg.defaults.dpi), cwd=str(run_dir))
    return node


def _printed(outputs) -> str:
    text = []
    for out in outputs:
        if out.get("output_type") == "stream" and out.get("name") == "stdout":
            text.append(out.get("text", ""))
        elif out.get("output_type") in ("display_data", "execute_result"):
            data = out.get("data", {})
            if not any(k.startswith("image/") for k in data) and "text/plain" in data:
                # e.g. rich (Keras' summary) in Jupyter: readers see its HTML; its text form keeps
                # rich's colour codes even with NO_COLOR, which are not what the page shows
                text.append(ANSI.sub("", data["text/plain"]) + "\n")
    return "".join(text)


def _figures(outputs) -> list[bytes]:
    return [
        base64.b64decode(out["data"]["image/png"])
        for out in outputs
        if out.get("output_type") == "display_data" and "image/png" in out.get("data", {})
    ]


def compare(executed: dict, root: Path, workdir: Path, name: str, cfg: settings_mod.Config) -> list[str]:
    """Problems of an executed notebook's cells against the goldens of their examples."""
    snippets = root / SNIPPETS
    problems = []
    number = 0
    for cell in executed["cells"]:
        if cell["cell_type"] != "code":
            continue
        number += 1
        meta = cell.get("metadata", {})
        where = f"{name}, cell [{number}] (snippets/{_target(meta)})"
        errors = [out for out in cell["outputs"] if out.get("output_type") == "error"]
        if errors:
            err = errors[0]
            trace = ANSI.sub("", "\n".join(err.get("traceback", [])))
            problems.append(f"{where} raised {err.get('ename')}: {err.get('evalue')}\n{trace[-2000:]}")
            continue
        snippet = meta.get("snippet")
        if not snippet:
            continue
        found = verdict.check(
            snippets / snippet,
            _printed(cell["outputs"]),
            _figures(cell["outputs"]),
            cfg.for_example(snippet),
            root=root,
            results_dir=workdir / "figures" / snippet,
        )
        problems += [f"{where} (run in the notebook: state left by an earlier cell?): {p}" for p in found]
    return problems


def goldens(nb: dict, root: Path) -> list[str]:
    snippets = [cell.get("metadata", {}).get("snippet") for cell in nb["cells"] if cell["cell_type"] == "code"]
    examples = [root / SNIPPETS / snippet for snippet in snippets if snippet]
    paths = [path for example in examples for path in (golden_output(example), *existing_figures(example))]
    return [path.relative_to(root).as_posix() for path in paths]


def _target(meta: dict) -> str:
    """The file a code cell comes from (an example, a helper it writes, or a helper shown)."""
    return meta.get("snippet") or meta.get("helper") or meta.get("shown_helper") or "?"


def _code_cells(nb: dict) -> list[tuple[str, dict]]:
    return [(c["source"], dict(c.get("metadata", {}))) for c in nb["cells"] if c["cell_type"] == "code"]


def same_code(notebooks: dict[str, dict]) -> list[str]:
    """Where the code cells of ``notebooks`` (name -> notebook, the first is the reference) differ:
    the first differing cell of each, by number and example, with both versions."""
    (ref_name, ref), *others = notebooks.items()
    expected = _code_cells(ref)
    problems = []
    for name, nb in others:
        found = _code_cells(nb)
        for number, (want, got) in enumerate(zip(expected, found, strict=False), 1):
            if want != got:
                problems.append(
                    f"{name}, code cell [{number}] (snippets/{_target(got[1])}) differs from {ref_name}'s "
                    f"(snippets/{_target(want[1])}):\n--- {ref_name}\n{want[0]}\n--- {name}\n{got[0]}\n"
                    "(both pages must include the same examples in the same order: see test_site's "
                    "test_same_snippets_in_same_order)"
                )
                break
        else:
            if len(expected) != len(found):
                problems.append(
                    f"{name} has {len(found)} code cells, {ref_name} {len(expected)}: both pages must include "
                    "the same examples in the same order (see test_site's test_same_snippets_in_same_order)"
                )
    return problems


def check(nb: dict, root: Path, workdir: Path, name: str, zygote: Zygote | None = None) -> list[str]:
    cfg = settings_mod.load(root)
    return compare(execute(nb, root, workdir, cfg, zygote), root, workdir, name, cfg)
