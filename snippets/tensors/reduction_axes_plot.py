import matplotlib.pyplot as plt
import numpy as np
import tensorflow as tf

a = tf.constant([[1.0, 2.0, 3.0],
                 [4.0, 5.0, 6.0]])
sum0 = tf.reduce_sum(a, axis=0)  # shape (3,): one sum per column
sum1 = tf.reduce_sum(a, axis=1)  # shape (2,): one sum per row
print("axis=0:", sum0.numpy(), "shape", sum0.shape)
print("axis=1:", sum1.numpy(), "shape", sum1.shape)

# One coloured square per number: (x, y, value, colour), y grows downwards
cells = [(j, i, v, "#fdd9b5") for (i, j), v in np.ndenumerate(a.numpy())]  # the matrix
cells += [(j, 2.5, v, "#9ecae1") for j, v in enumerate(sum0.numpy())]     # axis 0 summed away
cells += [(3.5, i, v, "#a1d99b") for i, v in enumerate(sum1.numpy())]     # axis 1 summed away

fig, ax = plt.subplots(figsize=(6, 3.5))
for x, y, v, colour in cells:
    ax.add_patch(plt.Rectangle((x, y), 1, 1, facecolor=colour, edgecolor="white", lw=3))
    ax.text(x + 0.5, y + 0.5, f"{v:g}", ha="center", va="center", fontsize=14)
arrow = dict(arrowstyle="-|>", lw=2)
ax.annotate("", xy=(-0.35, 3.4), xytext=(-0.35, 0), arrowprops=arrow)
ax.annotate("", xy=(4.4, -0.35), xytext=(0, -0.35), arrowprops=arrow)
ax.text(-0.6, 1.7, "axis=0", rotation=90, ha="center", va="center", fontsize=13)
ax.text(2.2, -0.7, "axis=1", ha="center", va="center", fontsize=13)
ax.text(3.15, 3.0, "(3,)", va="center", fontsize=12, color="#3182bd")
ax.text(4.0, 2.2, "(2,)", ha="center", va="top", fontsize=12, color="#31a354")
ax.set_xlim(-0.9, 4.7)
ax.set_ylim(3.7, -1.0)  # row 0 at the top, like a printed matrix
ax.set_aspect("equal")
ax.axis("off")
fig.tight_layout()
plt.show()
