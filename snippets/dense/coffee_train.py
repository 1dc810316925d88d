import keras
import matplotlib.pyplot as plt
import numpy as np
from _coffee import load_coffee, plot_roasts

keras.utils.set_random_seed(1234)
X, y = load_coffee()
norm = keras.layers.Normalization(axis=-1)
norm.adapt(X)

model = keras.Sequential([
    keras.Input(shape=(2,)),
    norm,  # (x - mean) / std
    keras.layers.Dense(3, activation="sigmoid", name="layer1"),
    keras.layers.Dense(1, activation="sigmoid", name="layer2"),
])
model.compile(loss=keras.losses.BinaryCrossentropy(),
              optimizer=keras.optimizers.Adam(learning_rate=0.1),
              metrics=["accuracy"])
# 20 copies of the 200 roasts: more steps per epoch, so a few epochs are enough
model.fit(np.tile(X, (20, 1)), np.tile(y, (20, 1)), epochs=10, batch_size=64,
          verbose=0)
loss, acc = model.evaluate(X, y, verbose=0)
print(f"loss {loss:.2f}   accuracy {acc:.2f}")

W1, b1 = model.get_layer("layer1").get_weights()
W2, b2 = model.get_layer("layer2").get_weights()
print("W1", W1.shape)
print(W1.round(2))
print("b1", b1.round(2))
print("W2", W2.shape, "transposed to one row:", W2.T.round(2),
      " b2", b2.round(2))

# Forward pass by hand: a1 = sigmoid(xn W1 + b1), a2 = sigmoid(a1 W2 + b2)
sigmoid = lambda z: 1 / (1 + np.exp(-z))
a2 = sigmoid(sigmoid(norm(X).numpy() @ W1 + b1) @ W2 + b2)
print("numpy forward pass equals the model:",
      np.allclose(a2, model.predict(X, verbose=0), atol=1e-5))
# binary cross-entropy and accuracy by hand
bce = -np.mean(y * np.log(a2) + (1 - y) * np.log(1 - a2))
print(f"by hand: loss {bce:.2f}   accuracy {np.mean((a2 >= 0.5) == y):.2f}")
wrong = ((a2 >= 0.5) != y)[:, 0]
print("misclassified:", wrong.sum(),
      "  of them shorter than 12 min:", (wrong & (X[:, 1] < 12)).sum())

t, d = np.meshgrid(np.linspace(150, 285, 120), np.linspace(11.5, 15.5, 120))
grid = np.column_stack([t.ravel(), d.ravel()]).astype(np.float32)
p = model.predict(grid, verbose=0).reshape(t.shape)
fig, ax = plt.subplots(figsize=(6.4, 4))
cs = ax.contourf(t, d, p, levels=np.linspace(0, 1, 11), cmap="Greens",
                 alpha=0.7)
ax.contour(t, d, p, levels=[0.5], colors="k", linewidths=1.5)
plot_roasts(ax, X, y)
fig.colorbar(cs, ax=ax, label="predicted probability of a good roast")
ax.set(xlabel="temperature (°C)", ylabel="duration (min)",
       title="decision region (black line: probability 0.5)")
ax.legend(loc="upper right", fontsize=8)
fig.tight_layout()

# What each hidden unit j computes: sigmoid(xn . W1[:, j] + b1[j])
a1 = sigmoid(norm(grid).numpy() @ W1 + b1)
fig, axes = plt.subplots(1, 3, figsize=(7.5, 3.2), sharey=True,
                         layout="constrained")
for j, ax in enumerate(axes):
    cs = ax.contourf(t, d, a1[:, j].reshape(t.shape),
                     levels=np.linspace(0, 1, 11), cmap="Greens")
    plot_roasts(ax, X, y)
    ax.set_title(f"unit {j}: $W^{{[2]}}_{j}$ = {W2[j, 0]:.2f}", fontsize=10)
    ax.set_xlabel("temperature (°C)")
    ax.set_xticks([175, 225, 275])
axes[0].set_ylabel("duration (min)")
fig.colorbar(cs, ax=axes, label="unit output")
plt.show()
