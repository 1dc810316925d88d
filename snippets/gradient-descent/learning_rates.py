import matplotlib.pyplot as plt
import numpy as np


def descend(lr, x0=5.0, steps=20):
    xs = [x0]
    for _ in range(steps):
        xs.append(xs[-1] - lr * 2 * xs[-1])  # J(x) = x^2, J'(x) = 2x
    return np.array(xs)


rates = [0.01, 0.3, 1.0, 1.1]
runs = {lr: descend(lr) for lr in rates}
for lr, xs in runs.items():
    print(f"lr = {lr}: factor 1 - 2*lr = {1 - 2 * lr:+.2f},"
          f" x_20 = {round(float(xs[20]), 4)}")
    print("   x_0..x_5:", xs[:6].round(4))

grid = np.linspace(-13, 13, 200)
fig, axes = plt.subplots(2, 2, figsize=(7.5, 5.5), sharex=True, sharey=True)
titles = ["too small: crawls", "converges", "oscillates", "too large: diverges"]
for ax, (lr, xs), title in zip(axes.flat, runs.items(), titles):
    xs = xs[:6]  # only the first five steps: x_0 .. x_5
    ax.plot(grid, grid**2, color="tab:gray", lw=1)
    ax.plot(xs, xs**2, "o-", color="tab:orange", ms=4,
            label=r"$x_0, x_1, \dots, x_5$")
    ax.plot(xs[0], xs[0] ** 2, "k*", ms=10, label="$x_0 = 5$")
    ax.set_title(rf"$\eta = {lr}$: {title}", fontsize=10)
    ax.set_ylim(-8, 170)
axes[0, 0].legend(loc="upper center")
for ax in axes[1]:
    ax.set_xlabel("$x$")
for ax in axes[:, 0]:
    ax.set_ylabel("$J(x) = x^2$")
fig.tight_layout()
plt.show()
