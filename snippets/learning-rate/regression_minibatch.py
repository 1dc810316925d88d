import keras
import matplotlib.pyplot as plt
import numpy as np
from _data import regression_data

x, y = regression_data()
w_best, b_best = np.linalg.lstsq(np.c_[x, np.ones_like(x)], y, rcond=None)[0]


def sgd(schedule, epochs=10, batch=4):
    """Mini-batch SGD on the mean squared error; returns w after every step."""
    rng = np.random.default_rng(0)            # the same batches for every schedule
    w = b = 0.0
    ws = []
    for _ in range(epochs):
        order = rng.permutation(len(x))
        for i in range(0, len(x), batch):
            j = order[i:i + batch]
            eta = float(schedule(len(ws)))
            err = w * x[j] + b - y[j]
            w, b = w - eta * 2 * np.mean(err * x[j]), b - eta * 2 * np.mean(err)
            ws.append(w)
    return np.array(ws), b


steps = 10 * 120 // 4
runs = {"constant 0.1": lambda t: 0.1,
        "CosineDecay(0.1, 300)": keras.optimizers.schedules.CosineDecay(0.1, steps)}
print(f"least squares w = {w_best:.4f}, b = {b_best:.4f}")
fig, ax = plt.subplots(figsize=(6.4, 4))
for name, schedule in runs.items():
    ws, b = sgd(schedule)
    spread = np.abs(ws[-60:] - w_best).max()
    print(f"{name:22s} final w = {ws[-1]:.4f}, b = {b:.4f}, "
          f"largest |w - w_best| in the last 2 epochs = {spread:.4f}")
    ax.plot(ws, lw=1, label=name)
ax.axhline(w_best, color="k", ls="--", lw=1, label="least-squares $w$")
ax.set_ylim(1.6, 2.25)
ax.set_xlabel("step $t$ (mini-batches of 4)")
ax.set_ylabel("$w_t$")
ax.legend()
ax.grid(alpha=0.3)
fig.tight_layout()
plt.show()
