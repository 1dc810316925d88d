import keras
import numpy as np

X = np.array([[1.0, 2.0],
              [0.0, -1.0],
              [3.0, 0.5],
              [-2.0, 1.0]], dtype=np.float32)  # batch of 4 samples, 2 features
layer = keras.layers.Dense(3, activation="sigmoid")
layer.build(input_shape=(None, 2))
W = np.array([[1.0, -1.0, 0.5],
              [2.0, 0.0, -0.5]], dtype=np.float32)  # column j: neuron j
b = np.array([-1.0, 0.0, 1.0], dtype=np.float32)    # one bias per neuron
layer.set_weights([W, b])
print("kernel shape:", layer.kernel.shape, " bias shape:", layer.bias.shape)


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


# Neuron by neuron: neuron j uses column j of W and the number b[j]
columns = [sigmoid(X @ W[:, j] + b[j]) for j in range(3)]
by_neuron = np.stack(columns, axis=1)

# All at once: (4, 2) @ (2, 3) -> (4, 3); b, shape (3,), is added to every row
XW = X @ W
print("XW shape:", XW.shape, "+ b shape:", b.shape, "->", (XW + b).shape)
by_matrix = sigmoid(XW + b)

y_keras = layer(X).numpy()
print("Dense output:")
print(y_keras.round(4))
print("neuron by neuron equals Dense:", np.allclose(by_neuron, y_keras))
print("sigmoid(XW + b) equals Dense: ", np.allclose(by_matrix, y_keras))
