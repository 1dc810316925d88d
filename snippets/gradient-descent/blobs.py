import matplotlib.pyplot as plt
from _blobs import make_blobs

(x_train, y_train), (x_test, y_test) = make_blobs()
print("train:", x_train.shape, "test:", x_test.shape)
print("admitted in train / test:", int(y_train.sum()), "/", int(y_test.sum()))

# Standardise with statistics of the TRAINING set only
mean, std = x_train.mean(axis=0), x_train.std(axis=0)
x_train_n = (x_train - mean) / std
x_test_n = (x_test - mean) / std
print("train mean, std:", mean.round(4), std.round(4))
# (+ 0.0 turns a printed -0. into 0.)
print("normalised train mean:", x_train_n.mean(axis=0).round(4) + 0.0,
      "std:", x_train_n.std(axis=0).round(4))
print("normalised test  mean:", x_test_n.mean(axis=0).round(4),
      "std:", x_test_n.std(axis=0).round(4))

fig, ax = plt.subplots(figsize=(6.4, 4.4))
for label, colour, name in [(0, "tab:blue", "rejected (y=0)"),
                            (1, "tab:orange", "admitted (y=1)")]:
    ax.scatter(*x_train[y_train == label].T, s=18, color=colour,
               label=f"train, {name}")
    ax.scatter(*x_test[y_test == label].T, s=30, facecolors="none",
               edgecolors=colour, label=f"test, {name}")
ax.set_xlabel("exam 1 score")
ax.set_ylabel("exam 2 score")
ax.legend(fontsize=8)
fig.tight_layout()
plt.show()
