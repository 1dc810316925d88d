"""Coffee-roasting data made with numpy: 200 roasts (temperature, duration)."""
import numpy as np


def load_coffee():
    rng = np.random.default_rng(2)
    X = rng.random(400).reshape(-1, 2)      # 200 rows of 2 numbers in [0, 1)
    X[:, 1] = X[:, 1] * 4 + 11.5            # duration: 11.5 .. 15.5 minutes
    X[:, 0] = X[:, 0] * (285 - 150) + 150   # temperature: 150 .. 285 °C
    t, d = X[:, 0], X[:, 1]
    good = ((175 < t) & (t < 260) & (12 < d) & (d < 15)
            & (d <= -3 / (260 - 175) * t + 21))
    return X.astype(np.float32), good.astype(np.float32).reshape(-1, 1)


def plot_roasts(ax, X, y):
    """Scatter good roasts as red crosses and bad ones as blue circles."""
    good = y[:, 0] == 1
    ax.scatter(X[good, 0], X[good, 1], marker="x", c="tab:red", s=30,
               label="good roast")
    ax.scatter(X[~good, 0], X[~good, 1], marker="o", facecolors="none",
               edgecolors="tab:blue", s=22, label="bad roast")
