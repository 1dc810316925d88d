import keras
import matplotlib.pyplot as plt
import numpy as np
from _blobs import make_blobs

keras.utils.set_random_seed(2)
(x_train, y_train), (x_test, y_test) = make_blobs()
mean, std = x_train.mean(axis=0), x_train.std(axis=0)
x_train_n, x_test_n = (x_train - mean) / std, (x_test - mean) / std

inputs = keras.Input(shape=(2,))
# p = sigmoid(x w + b)
outputs = keras.layers.Dense(1, activation="sigmoid")(inputs)
model = keras.Model(inputs, outputs)
model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.1),
              loss="binary_crossentropy", metrics=["accuracy"])
history = model.fit(x_train_n, y_train, batch_size=32, epochs=20, verbose=0)
for key, values in history.history.items():
    print(f"{key:>8}: epoch 1 {values[0]:.4f}   epoch 20 {values[-1]:.4f}")
test_loss, test_acc = model.evaluate(x_test_n, y_test, verbose=0)
print(f"evaluate on the test set: loss {test_loss:.4f},"
      f" accuracy {test_acc:.3f}")

epochs = range(1, 21)
fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(7.5, 3.2))
ax1.plot(epochs, history.history["loss"], "o-", ms=3, label="training")
ax1.axhline(test_loss, color="tab:orange", ls="--", label="test (end)")
ax1.set_ylabel("binary cross-entropy")
ax2.plot(epochs, history.history["accuracy"], "o-", ms=3, label="training")
ax2.axhline(test_acc, color="tab:orange", ls="--", label="test (end)")
ax2.set_ylabel("accuracy")
for ax in (ax1, ax2):
    ax.set_xlabel("epoch")
    ax.legend()
fig.tight_layout()

# Decision boundary: a grid of RAW exam scores, normalised like the training
# data before predict
g1, g2 = np.meshgrid(np.linspace(15, 100, 100), np.linspace(20, 100, 100))
grid = np.column_stack([g1.ravel(), g2.ravel()]).astype(np.float32)
p = model.predict((grid - mean) / std, verbose=0).reshape(g1.shape)
fig, ax = plt.subplots(figsize=(6.4, 4.4))
filled = ax.contourf(g1, g2, p, levels=np.linspace(0, 1, 11), cmap="RdBu_r",
                     alpha=0.35)
ax.contour(g1, g2, p, levels=[0.5], colors="k")
ax.scatter(*x_test[y_test == 0].T, marker="o", color="tab:blue",
           edgecolors="k", label="rejected")
ax.scatter(*x_test[y_test == 1].T, marker="^", color="tab:orange",
           edgecolors="k", label="admitted")
ax.legend(loc="lower right")
fig.colorbar(filled, ax=ax, label="predicted $p$(admitted)")
ax.set_xlabel("exam 1 score")
ax.set_ylabel("exam 2 score")
ax.set_title("test set; black line: $p = 0.5$", fontsize=10)
fig.tight_layout()
plt.show()
