import keras
import numpy as np
from keras import ops


class MyDense(keras.layers.Layer):
    """y = activation(x W + b); no activation means y = x W + b."""

    def __init__(self, units, activation=None):
        super().__init__()
        self.units = units
        self.activation = activation  # a function such as ops.relu, or None

    def build(self, input_shape):
        self.W = self.add_weight(shape=(input_shape[-1], self.units),
                                 initializer="random_normal")
        self.b = self.add_weight(shape=(self.units,), initializer="zeros")

    def call(self, x):
        z = ops.matmul(x, self.W) + self.b
        return z if self.activation is None else self.activation(z)


keras.utils.set_random_seed(4)
x = np.array([[1.0, 2.0], [0.0, -1.0], [-3.0, 0.5]], dtype=np.float32)
for mine_act, name in [(None, "linear"), (ops.relu, "relu"),
                       (ops.sigmoid, "sigmoid")]:
    mine = MyDense(3, activation=mine_act)
    y_mine = mine(x)
    dense = keras.layers.Dense(3, activation=name)
    dense.build((None, 2))
    dense.set_weights(mine.get_weights())
    print(f"{name:8} MyDense equals Dense:", np.allclose(y_mine, dense(x)))
