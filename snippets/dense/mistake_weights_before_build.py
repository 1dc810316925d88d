import keras
import numpy as np

layer = keras.layers.Dense(1, name="price")
print("get_weights():", layer.get_weights())  # input size unknown: no weights
try:
    layer.set_weights([np.array([[200.0]]), np.array([100.0])])
except ValueError as err:
    print("set_weights before build:", type(err).__name__)
    print("   ", err)

# Fix: build it first, with a call, keras.Input, or build(input_shape)
layer.build(input_shape=(None, 1))  # (batch size, features); None = any
layer.set_weights([np.array([[200.0]]), np.array([100.0])])
print("after build:", layer.get_weights())
