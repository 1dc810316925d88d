import keras
import numpy as np
from keras import ops


class MyDense(keras.layers.Layer):
    """y = sigmoid(x W + b), written by hand."""

    def __init__(self, units):
        super().__init__()
        self.units = units

    def build(self, input_shape):  # runs once, when the input size is known
        n_in = input_shape[-1]
        self.W = self.add_weight(shape=(n_in, self.units),
                                 initializer="random_normal")
        self.b = self.add_weight(shape=(self.units,), initializer="zeros")

    def call(self, x):
        return ops.sigmoid(ops.matmul(x, self.W) + self.b)


keras.utils.set_random_seed(3)
mine = MyDense(3)
print("weights before the first call:", mine.weights)
x = np.array([[1.0, 2.0], [0.0, -1.0]], dtype=np.float32)
y_mine = mine(x)  # __call__ runs build((2, 2)) first, then call(x)
print("W shape:", tuple(mine.W.shape), " b:", mine.b.numpy())

keras_dense = keras.layers.Dense(3, activation="sigmoid")
keras_dense.build((None, 2))
keras_dense.set_weights(mine.get_weights())  # copy W and b
print("MyDense equals keras Dense:", np.allclose(y_mine, keras_dense(x)))
