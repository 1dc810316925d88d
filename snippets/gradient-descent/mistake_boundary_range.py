import keras
import matplotlib.pyplot as plt
import numpy as np
from _blobs import make_blobs
from _perceptron import train

keras.utils.set_random_seed(1)
(x_train, y_train), (x_test, y_test) = make_blobs()
mean, std = x_train.mean(axis=0), x_train.std(axis=0)
(w, b), _ = train((x_train - mean) / std, y_train,
                  keras.optimizers.Adam(learning_rate=0.1))
(w1, w2), b0 = w.numpy()[:, 0], float(b.numpy()[0])

# The horizontal axis is exam 1: its range comes from column 0, not column 1
x1 = np.linspace(x_test[:, 0].min(), x_test[:, 0].max(), 50)  # RAW scores
# Wrong: raw scores fed into the formula for normalised scores
wrong = -(w1 * x1 + b0) / w2
# Right: normalise x1, solve for the normalised x2, map it back to raw scores
x2_n = -(w1 * (x1 - mean[0]) / std[0] + b0) / w2
right = x2_n * std[1] + mean[1]
for name, line in [("wrong", wrong), ("right", right)]:
    # above the line -> predicted class 1
    above = x_test[:, 1] > np.interp(x_test[:, 0], x1, line)
    print(f"{name}: line from x2 = {line[0]:.2f} (x1 = {x1[0]:.2f})"
          f" to x2 = {line[-1]:.2f} (x1 = {x1[-1]:.2f})")
    correct = np.mean(above == y_test)
    print(f"       test points on the correct side: {correct:.3f}")

fig, axes = plt.subplots(1, 2, figsize=(7.5, 3.8))
titles = ["wrong: raw x1 in normalised formula",
          "right: normalise, solve, map back"]
for ax, line, title in zip(axes, [wrong, right], titles):
    ax.scatter(*x_test[y_test == 0].T, marker="o", color="tab:blue",
               edgecolors="k", s=22, label="rejected (y = 0)")
    ax.scatter(*x_test[y_test == 1].T, marker="^", color="tab:orange",
               edgecolors="k", s=22, label="admitted (y = 1)")
    ax.plot(x1, line, color="k", label="computed boundary")
    ax.set_title(title, fontsize=10)
    ax.set_xlabel("exam 1 score")
axes[0].set_ylabel("exam 2 score")
axes[1].set_ylim(15, 105)  # the data range; the left panel is autoscaled
fig.legend(*axes[0].get_legend_handles_labels(), loc="lower center", ncol=3,
           fontsize=9)
fig.tight_layout(rect=(0, 0.08, 1, 1))  # leave room for the legend below
plt.show()
