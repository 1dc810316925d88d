import matplotlib.pyplot as plt
import numpy as np
import tensorflow as tf

a = tf.constant([[1.0, 2.0, 3.0],
                 [4.0, 5.0, 6.0],
                 [7.0, 8.0, 9.0]])
stretched = tf.broadcast_to(a[0], a.shape)  # the copying that broadcasting implies
print("tf.broadcast_to(a[0], a.shape) =")
print(stretched.numpy())
print("a - a[0] equals a - stretched:", np.array_equal(a - a[0], a - stretched))

panels = [(a, "$A$"), (stretched, r"$A_{0,:}$: (3,) $\to$ (3, 3)"), (a - a[0], r"$A - A_{0,:}$")]
fig, axes = plt.subplots(1, 3, figsize=(7.5, 3))
for ax, (t, title) in zip(axes, panels):
    values = t.numpy()
    ax.imshow(values, cmap="Oranges", vmin=-2, vmax=12)
    for (i, j), v in np.ndenumerate(values):
        ax.text(j, i, f"{v:g}", ha="center", va="center", fontsize=13)
    ax.set_title(title)
    ax.set_xticks(range(3))
    ax.set_yticks(range(3))
# Rows 1 and 2 of the middle panel are virtual copies of row 0: draw them faded and dashed
axes[1].add_patch(plt.Rectangle((-0.5, 0.5), 3, 2, facecolor="white", alpha=0.6,
                                edgecolor="gray", linestyle="--", lw=1.5))
fig.tight_layout()
plt.show()
