import keras
import matplotlib.pyplot as plt
import numpy as np
from _coffee import load_coffee, plot_roasts

X, y = load_coffee()
print("X:", X.shape, " y:", y.shape, " good roasts:", int(y.sum()))
print(f"temperature max {X[:, 0].max():.2f}  min {X[:, 0].min():.2f}")
print(f"duration    max {X[:, 1].max():.2f}  min {X[:, 1].min():.2f}")

norm = keras.layers.Normalization(axis=-1)
norm.adapt(X)  # learns the mean and variance of each column
Xn = norm(X).numpy()
mean, var = norm.mean.numpy().ravel(), norm.variance.numpy().ravel()
print("mean:", mean.round(2), " std:", np.sqrt(var).round(2))
print(f"normalised temperature max {Xn[:, 0].max():.2f}  "
      f"min {Xn[:, 0].min():.2f}")
print(f"normalised duration    max {Xn[:, 1].max():.2f}  "
      f"min {Xn[:, 1].min():.2f}")
by_hand = (X - X.mean(axis=0)) / X.std(axis=0)
print("(X - mean) / std equals the layer:",
      np.allclose(by_hand, Xn, atol=1e-5))

fig, axes = plt.subplots(1, 2, figsize=(7.5, 3.6), layout="constrained")
plot_roasts(axes[0], X, y)
t = np.linspace(175, 260, 50)
axes[0].plot(t, -3 / (260 - 175) * t + 21, "k--", lw=1,
             label="$d = -3t/85 + 21$")
axes[0].set(xlabel="temperature (°C)", ylabel="duration (min)",
            title="raw data")
plot_roasts(axes[1], Xn, y)
axes[1].set(xlabel="normalised temperature", ylabel="normalised duration",
            title="after Normalization")
fig.legend(*axes[0].get_legend_handles_labels(), loc="outside upper center",
           ncol=3)
plt.show()
