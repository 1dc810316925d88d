"""Global state around one example: what the runner resets, and what counts as a leak.

Contract:
- ``reset(dpi)`` puts every resettable piece of global state into its fresh state before an
  example: Keras session (layer names), random seeds (from entropy, so an example that forgets to
  seed itself is caught as nondeterministic instead of passing by luck), numpy print options,
  matplotlib rcParams and figures.
- ``snapshot()`` / ``leaks(before)`` detect state an example changed that would leak into later
  examples in the same interpreter, or in the same notebook kernel (environment, numpy error
  handling and print options, matplotlib rcParams, Keras/TF configuration);
  ``leaks`` restores it and returns one message per leak.
Only libraries the example process has already imported are touched.
"""

from __future__ import annotations

import os
import random
import sys
from collections.abc import Callable
from typing import Any

import numpy as np

_NUMPY_PRINT_DEFAULTS = np.get_printoptions()


def _mod(name: str):
    return sys.modules.get(name)


def reset(dpi: int) -> None:
    np.set_printoptions(**_NUMPY_PRINT_DEFAULTS)
    seed = int.from_bytes(os.urandom(4), "little")
    random.seed(seed)
    np.random.seed(seed)
    keras = _mod("keras")
    if keras is not None:
        keras.backend.clear_session(free_memory=False)  # resets layer names; ~0 ms (no gc)
        keras.utils.set_random_seed(seed)
    mpl = _mod("matplotlib")
    if mpl is not None:
        mpl.rcdefaults()
        mpl.rcParams.update({"figure.dpi": dpi, "savefig.dpi": dpi, "svg.hashsalt": "snippets"})
        plt = _mod("matplotlib.pyplot")
        if plt is not None:
            plt.close("all")


# name -> (getter, setter); getters return comparable values.
def _guards() -> dict[str, tuple[Callable[[], Any], Callable[[Any], None]]]:
    guards = {
        "os.environ": (lambda: dict(os.environ), _restore_environ),
        "numpy error handling (np.seterr)": (np.geterr, lambda v: np.seterr(**v)),
        # A notebook runs the examples of a page in one kernel: settings must not carry over.
        "numpy print options (use `with np.printoptions(...):`)": (
            np.get_printoptions,
            lambda v: np.set_printoptions(**v),
        ),
    }
    mpl = _mod("matplotlib")
    if mpl is not None:
        guards["matplotlib.rcParams (use `with plt.rc_context(...):`)"] = (
            # pyplot itself resolves the backend on first use
            lambda: {k: v for k, v in mpl.rcParams.items() if not k.startswith("backend")},
            mpl.rcParams.update,
        )
    keras = _mod("keras")
    if keras is not None:
        cfg = keras.config
        guards |= {
            "keras.config.floatx()": (cfg.floatx, cfg.set_floatx),
            "keras.config.epsilon()": (cfg.epsilon, cfg.set_epsilon),
            "keras.config.image_data_format()": (cfg.image_data_format, cfg.set_image_data_format),
            "keras.config.dtype_policy()": (lambda: cfg.dtype_policy().name, cfg.set_dtype_policy),
        }
    tf = _mod("tensorflow")
    if tf is not None and hasattr(tf, "config"):
        guards |= {
            "tf.config.functions_run_eagerly()": (tf.config.functions_run_eagerly, tf.config.run_functions_eagerly),
        }
    return guards


def _restore_environ(saved: dict[str, str]) -> None:
    for key in set(os.environ) - set(saved):
        del os.environ[key]
    os.environ.update(saved)


def snapshot() -> dict[str, Any]:
    return {name: getter() for name, (getter, _) in _guards().items()}


def leaks(before: dict[str, Any]) -> list[str]:
    messages = []
    for name, (getter, setter) in _guards().items():
        if name not in before:
            continue  # library imported by this example: its state is fresh by definition
        now = getter()
        if now != before[name]:
            messages.append(f"{name} changed: {_short(before[name], now)}; restore it before the example ends")
            setter(before[name])
    return messages


def _short(old: Any, new: Any) -> str:
    if isinstance(old, dict) and isinstance(new, dict):
        keys = sorted(k for k in set(old) | set(new) if old.get(k) != new.get(k))
        return ", ".join(f"{k}: {old.get(k)!r} -> {new.get(k)!r}" for k in keys[:5])
    return f"{old!r} -> {new!r}"
