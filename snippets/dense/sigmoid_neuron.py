import keras
import matplotlib.pyplot as plt
import numpy as np

model = keras.Sequential([keras.Input(shape=(1,)),
                          keras.layers.Dense(1, activation="sigmoid")])
model.set_weights([np.array([[2.0]]), np.array([-4.5])])  # w = 2, b = -4.5
w, b = model.get_weights()
print("w =", w.ravel(), " b =", b)

x = np.array([[0.0], [1.0], [2.0], [2.25], [3.0], [4.0], [5.0]],
             dtype=np.float32)
y_keras = model(x).numpy()
z = np.dot(x, w) + b
y_numpy = 1 / (1 + np.exp(-z))  # sigmoid by hand
print("   x      z     Keras    numpy")
for row in np.hstack([x, z, y_keras, y_numpy]):
    print("{:5.2f} {:6.2f} {:8.4f} {:8.4f}".format(*row))
print("np.allclose(y_keras, y_numpy):", np.allclose(y_keras, y_numpy))

grid = np.linspace(-1, 6, 200, dtype=np.float32).reshape(-1, 1)
fig, ax = plt.subplots(figsize=(6.4, 3.6))
ax.plot(grid, 1 / (1 + np.exp(-(grid * w + b))), lw=2,
        label=r"numpy: $1/(1+e^{-(wx+b)})$")
ax.plot(x, y_keras, "o", color="tab:orange", label="Keras Dense(1, sigmoid)")
ax.axhline(0.5, color="gray", ls=":", lw=1)
ax.axvline(-b[0] / w[0, 0], color="gray", ls="--", lw=1,
           label=r"$x = -b/w = 2.25$")
ax.set_xlabel("$x$")
ax.set_ylabel(r"$\sigma(wx+b)$")
ax.set_title(r"one sigmoid neuron, $w = 2$, $b = -4.5$")
ax.legend(loc="upper left")
fig.tight_layout()
plt.show()
