import keras
import matplotlib.pyplot as plt
import numpy as np
from _data import regression_data

x, y = regression_data()
A = np.c_[x, np.ones_like(x)]                 # columns: x and 1, parameters (w, b)
H = 2 * A.T @ A / len(x)                      # Hessian of the mean squared error
limit = 2 / np.linalg.eigvalsh(H).max()
w_best, b_best = np.linalg.lstsq(A, y, rcond=None)[0]
print(f"least squares: w = {w_best:.4f}, b = {b_best:.4f}")
print(f"steps are stable only while eta < 2 / lambda_max = {limit:.4f}")


def train(rates):
    w = b = 0.0
    losses = []
    for eta in rates:
        err = w * x + b - y
        losses.append(np.mean(err**2))
        w, b = w - eta * 2 * np.mean(err * x), b - eta * 2 * np.mean(err)
    return w, b, np.array(losses)


n = 100
decay = keras.optimizers.schedules.InverseTimeDecay(0.3, 20, decay_rate=1.0)
decayed = np.array([float(decay(t)) for t in range(n)])
print("decayed eta drops below the limit at step", int(np.argmax(decayed < limit)))
runs = {"constant 0.05": np.full(n, 0.05), "constant 0.3": np.full(n, 0.3),
        "0.3 / (1 + t/20)": decayed}
fig, ax = plt.subplots(figsize=(6.4, 4))
for name, rates in runs.items():
    w, b, losses = train(rates)
    print(f"{name:16s} loss at step 10: {losses[10]:.4g}  step 99: "
          f"{losses[-1]:.4g}  w = {w:.4g}, b = {b:.4g}")
    ax.semilogy(losses, label=rf"$\eta_t$ = {name}")
ax.set_ylim(0.1, 1e4)
ax.set_xlabel("step $t$ (full batch)")
ax.set_ylabel("mean squared error (log scale)")
ax.legend()
ax.grid(alpha=0.3)
fig.tight_layout()
plt.show()
