#!/usr/bin/env python3
"""The project's two commands. Standard library only; needs Python 3.11+ and git, nothing else
(started by an older Python, it hands over to a python3.11+ found on PATH).

    python3 dev.py serve   # install everything, then serve the site on localhost:8000
    python3 dev.py test    # install everything, then run the whole test suite
    python3 dev.py bench   # install everything, then run benchmarks/bench.py
    python3 dev.py build   # install everything, then `mkdocs build --strict` (what deployments run)
    python3 dev.py portability  # install everything, then rerun the examples under other numerics

Both create ``.venv/`` and install the project editable with its pinned dependencies
(pyproject.toml's list, constrained by constraints.txt) the first time; afterwards a stamp file makes installation a no-op until one of
those files changes. Extra arguments are passed on: ``python3 dev.py test snippets/tensors``.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = VENV / ".installed"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")
ENV = {
    **os.environ,
    "NO_MKDOCS_2_WARNING": "1",
    "PIP_DISABLE_PIP_VERSION_CHECK": "1",
    "PATH": str(BIN) + os.pathsep + os.environ.get("PATH", ""),
}  # as if the venv were activated


def _fingerprint() -> str:
    digest = hashlib.sha256(sys.version.encode())
    for name in ("pyproject.toml", "constraints.txt", "dev.py"):
        digest.update((ROOT / name).read_bytes())
    return digest.hexdigest()


def install() -> None:
    if STAMP.exists() and STAMP.read_text() == _fingerprint():
        return
    has_pip = (
        PYTHON.exists() and subprocess.run([str(PYTHON), "-m", "pip", "--version"], capture_output=True).returncode == 0
    )
    if not has_pip:  # new, or left half-made (e.g. Debian without python3-venv): make it afresh
        print(f"dev.py: creating {VENV}", flush=True)
        venv.create(VENV, with_pip=True, clear=PYTHON.exists())
    print("dev.py: installing pinned dependencies (first run or changed pins)", flush=True)
    # Editable: the tooling package (verifydocs/) is importable from MkDocs hooks, pytest and notebooks.
    subprocess.run(
        [str(PYTHON), "-m", "pip", "install", "--quiet", "-c", str(ROOT / "constraints.txt"), "--editable", str(ROOT)],
        check=True,
        env=ENV,
    )
    STAMP.write_text(_fingerprint())


def _newer_python() -> str | None:
    """A python3.11+ on PATH (the pinned numpy and Keras releases need 3.11)."""
    for name in ("python3.13", "python3.12", "python3.11", "python3", "python"):
        exe = shutil.which(name)
        probe = [exe, "-c", "import sys; sys.exit(sys.version_info < (3, 11))"] if exe else None
        if probe and subprocess.run(probe, capture_output=True).returncode == 0:
            return exe
    return None


def main(argv: list[str]) -> int:
    if sys.version_info < (3, 11):
        newer = _newer_python()
        if newer is None:
            sys.exit(f"dev.py needs Python 3.11 or newer (this is {sys.version.split()[0]}).")
        return subprocess.run([newer, __file__, *argv]).returncode
    if not argv or argv[0] not in ("serve", "test", "bench", "build", "portability"):
        sys.exit(__doc__)
    install()
    command, rest = argv[0], argv[1:]
    if command == "serve":
        args = [str(PYTHON), "-m", "mkdocs", "serve", "--dev-addr", "localhost:8000", *rest]
    elif command == "bench":
        args = [str(PYTHON), str(ROOT / "benchmarks" / "bench.py"), *rest]
    elif command == "portability":
        args = [str(PYTHON), "-m", "verifydocs.portability", *rest]
    elif command == "build":
        args = [str(PYTHON), "-m", "mkdocs", "build", "--strict", *rest]
    else:
        args = [str(PYTHON), "-m", "pytest", *rest]
    return subprocess.run(args, cwd=ROOT, env=ENV).returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
