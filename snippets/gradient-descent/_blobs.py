"""Two clusters of applicants: two exam scores each, and whether they got in."""
import numpy as np


def make_blobs(n_per_class=100, seed=7):
    rng = np.random.default_rng(seed)
    rejected = rng.normal([45.0, 50.0], 9.0, size=(n_per_class, 2))
    admitted = rng.normal([70.0, 72.0], 9.0, size=(n_per_class, 2))
    x = np.concatenate([rejected, admitted]).astype(np.float32)
    y = np.repeat([0.0, 1.0], n_per_class).astype(np.float32)
    order = rng.permutation(len(x))  # mix the classes, then hold out a quarter
    x, y = x[order], y[order]
    split = len(x) * 3 // 4
    return (x[:split], y[:split]), (x[split:], y[split:])
