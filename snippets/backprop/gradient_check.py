import numpy as np
from _tiny_net import PARAMS, loss, tape_gradient


def numerical_gradient(p, name, h=1e-5):
    """(L(theta + h) - L(theta - h)) / 2h for every entry of p[name]."""
    grad = np.zeros_like(p[name])
    for i in np.ndindex(grad.shape):
        plus = {k: v.copy() for k, v in p.items()}
        minus = {k: v.copy() for k, v in p.items()}
        plus[name][i] += h
        minus[name][i] -= h
        grad[i] = (loss(plus) - loss(minus)) / (2 * h)
    return grad


by_tape = tape_gradient(PARAMS)  # what we want to check

with np.printoptions(precision=6, suppress=True):  # in this block only
    for k in PARAMS:
        g_num, g = numerical_gradient(PARAMS, k), by_tape[k]
        norm = np.linalg.norm
        rel = norm(g_num - g) / (norm(g_num) + norm(g))
        print(f"{k}: numerical {g_num.ravel()}")
        print(f"    relative error {rel:.0e}", "OK" if rel < 1e-7 else "CHECK!")
