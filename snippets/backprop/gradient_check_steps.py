import decimal
import functools

import matplotlib.pyplot as plt
import numpy as np
from _tiny_net import PARAMS, X, Y, tape_gradient

# The left half of each curve is rounding noise, and `@` and np.exp round differently
# on different CPUs. So that this figure is the same everywhere, this example's loss
# uses only operations whose results IEEE 754 fixes: +, -, *, / element by element,
# sums in a fixed order, and an exp from the decimal module (correctly rounded).
# A real gradient check needs none of this.


@functools.cache  # the same inputs come back many times
def exp(v):
    return float(decimal.Decimal(float(v)).exp())


def dense(a, W, b):  # a @ W + b, adding the products one at a time
    for j in range(W.shape[0]):
        b = b + a[:, j:j + 1] * W[j]
    return b


def loss(p, x, y):
    """_tiny_net.loss, computed in the dtype of p, x and y."""
    z = dense(x, p["W1"], p["b1"])
    h = 1 / (1 + np.array([[exp(-v) for v in row] for row in z], dtype=z.dtype))
    r = dense(h, p["W2"], p["b2"]) - y  # shape (4, 1)
    total = r[0] * r[0]
    for r_i in r[1:]:
        total = total + r_i * r_i
    return total[0] / len(r)


exact = np.concatenate([g.ravel() for g in tape_gradient(PARAMS).values()])


def relative_error(h, dtype, central):
    """Finite-difference gradient, computed in dtype, against the exact one."""
    p = {k: v.astype(dtype) for k, v in PARAMS.items()}
    x, y, step = X.astype(dtype), Y.astype(dtype), dtype(h)
    approx = []
    for name in p:
        for i in np.ndindex(p[name].shape):
            plus = {k: v.copy() for k, v in p.items()}
            other = {k: v.copy() for k, v in p.items()}
            plus[name][i] += step
            other[name][i] -= step if central else 0
            width = 2 * step if central else step
            approx.append((loss(plus, x, y) - loss(other, x, y)) / width)
    approx = np.array(approx, dtype=np.float64)
    norm = np.linalg.norm
    return norm(approx - exact) / (norm(approx) + norm(exact))


steps = 10.0 ** np.arange(-13, 0.25, 0.25)
print(f"step sizes h from {steps[0]:.0e} to {steps[-1]:.0e}")
fig, ax = plt.subplots(figsize=(6.4, 4))
for dtype, color in [(np.float64, "tab:blue"), (np.float32, "tab:orange")]:
    eps = np.finfo(dtype).eps
    print(f"{dtype.__name__}, machine epsilon {eps:.1e}:")
    for central, style in [(True, "-"), (False, "--")]:
        errors = [relative_error(h, dtype, central) for h in steps]
        name = "central" if central else "forward"
        k = 3 if central else 2  # error ~ h^(k-1) + eps/h
        print(f"  {name}: best h ~ eps^(1/{k}) = {eps ** (1 / k):.0e}, smallest"
              f" error ~ eps^({k - 1}/{k}) = {eps ** ((k - 1) / k):.0e}")
        if central:
            low = 10.0 ** np.floor(np.log10(min(errors)))
            print(f"           measured smallest error: between {low:.0e}"
                  f" and {10 * low:.0e}")
        ax.loglog(steps, errors, style, color=color,
                  label=f"{dtype.__name__}, {name}")
ax.set_xlabel("step size $h$")
ax.set_ylabel("relative error of the gradient")
ax.legend()
ax.grid(True, which="major", alpha=0.3)
fig.tight_layout()
plt.show()
