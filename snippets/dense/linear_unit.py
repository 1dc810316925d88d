import keras
import numpy as np

layer = keras.layers.Dense(units=1, activation="linear")
print("before the first call:", layer.get_weights(), "built =", layer.built)

# x: 2 houses, their sizes in 1000 square feet; y: prices in 1000 dollars
x = np.array([[1.0], [2.0]], dtype=np.float32)  # 2 samples, 1 feature each
layer(x)  # the first call builds the layer: now it knows x has 1 feature
print("after the first call: built =", layer.built,
      "shapes =", [w.shape for w in layer.get_weights()])
print("starting bias:", layer.bias.numpy())  # zeros; only the kernel is random

layer.set_weights([np.array([[200.0]]), np.array([100.0])])  # w = 200, b = 100
print(layer.get_weights())

w, b = layer.get_weights()
y_keras = layer(x).numpy()
y_numpy = np.dot(x, w) + b  # y = x w + b by hand
for xi, yk, yn in zip(x[:, 0], y_keras[:, 0], y_numpy[:, 0]):
    print(f"x = {xi}:  Dense -> {yk}   numpy -> {yn}")
print("np.allclose(y_keras, y_numpy):", np.allclose(y_keras, y_numpy))
