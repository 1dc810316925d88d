import keras
import numpy as np

layer = keras.layers.Dense(2, activation="relu")
layer.build((None, 2))
W = np.array([[1.0, 2.0],
              [3.0, 4.0]])    # column j: the weights of neuron j
b = np.array([0.5, -3.0])
layer.set_weights([W, b])

x = np.array([[1.0, 0.0],
              [0.0, 1.0]], dtype=np.float32)  # 2 samples, 2 features
print("x @ W + b:")
print(x @ W + b)
print("Dense output (after ReLU):")
print(layer(x).numpy())
