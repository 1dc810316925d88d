import keras
import numpy as np
from _data import regression_data

x, y = regression_data()
w_best = np.linalg.lstsq(np.c_[x, np.ones_like(x)], y, rcond=None)[0][0]


def sgd(schedule, epochs=10, batch=4):
    """The mini-batch SGD of regression_minibatch.py; returns w after every step."""
    rng = np.random.default_rng(0)
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
    return np.array(ws)


runs = {"constant 0.1": lambda t: 0.1, "constant 0.01": lambda t: 0.01,
        "CosineDecay(0.1, 300)": keras.optimizers.schedules.CosineDecay(0.1, 300)}
print(f"least squares w = {w_best:.4f}")
for name, schedule in runs.items():
    gap = np.abs(sgd(schedule) - w_best)      # |w - w_best| after every step
    print(f"{name:22s} first within 0.1 at step {np.argmax(gap < 0.1):2d}, "
          f"largest gap in the last 2 epochs {gap[-60:].max():.4f}")
