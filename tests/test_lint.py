"""The code is linted and formatted with the pinned ruff (settings in pyproject.toml [tool.ruff]).
Fix with: ``ruff check --fix . && ruff format .`` (examples under snippets/ are linted, never
reformatted: their layout is what the pages show)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("command", [["check", "."], ["format", "--check", "."]], ids=["lint", "format"])
def test_ruff(command):
    result = subprocess.run([sys.executable, "-m", "ruff", *command], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, (
        f"ruff {' '.join(command)}:\n{result.stdout}{result.stderr}\nfix with: ruff check --fix . && ruff format ."
    )
