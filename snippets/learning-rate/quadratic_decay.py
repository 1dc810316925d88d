import keras
import matplotlib.pyplot as plt
import numpy as np


def descend(rates, x0=5.0):
    """Gradient descent on J(x) = x^2: x <- x - eta * 2x."""
    xs = [x0]
    for eta in rates:
        xs.append(xs[-1] - eta * 2 * xs[-1])
    return np.array(xs)


steps = np.arange(20)
decay = keras.optimizers.schedules.ExponentialDecay(1.2, 1, decay_rate=0.8)
decayed = np.array([float(decay(t)) for t in steps])
runs = {  # name printed, label in the figure, learning rate of each step
    "constant 1.0": (r"constant $\eta=1$", np.full(20, 1.0)),
    "constant 1.2": (r"constant $\eta=1.2$", np.full(20, 1.2)),
    "1.2 * 0.8^t": (r"decayed $\eta_t = 1.2 \cdot 0.8^t$", decayed),
}
fig, (ax_x, ax_j) = plt.subplots(1, 2, figsize=(7.5, 3.8))
for name, (label, rates) in runs.items():
    xs = descend(rates)
    first = np.array2string(xs[:6], precision=4, suppress_small=True)
    print(f"{name:12s} x: {first} ... x_20 = {xs[-1]:.3g}")
    ax_x.plot(xs, marker=".", label=label)
    ax_j.semilogy(xs**2, marker=".", label=label)
ax_x.set_ylim(-12, 12)
ax_x.set_xlabel("step $t$")
ax_x.set_ylabel("$x_t$")
ax_j.set_xlabel("step $t$")
ax_j.set_ylabel("$J(x_t) = x_t^2$ (log scale)")
for ax in (ax_x, ax_j):
    ax.grid(alpha=0.3)
fig.legend(*ax_x.get_legend_handles_labels(), loc="lower center", ncol=3)
fig.tight_layout(rect=(0, 0.08, 1, 1))
plt.show()
