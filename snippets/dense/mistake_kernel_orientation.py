import keras
import numpy as np

# One row per neuron, as in many course notes: row j = weights of neuron j
w_rows = np.array([[1.0, 2.0],     # neuron 0
                   [3.0, 4.0],     # neuron 1
                   [5.0, 6.0]])    # neuron 2
layer = keras.layers.Dense(3)
layer.build((None, 2))
try:
    layer.set_weights([w_rows, np.zeros(3)])
except ValueError as err:
    print("(3, 2) into a (2, 3) kernel:", type(err).__name__)
layer.set_weights([w_rows.T, np.zeros(3)])  # fix: Keras wants (inputs, units)
x = np.array([[1.0, 1.0]], dtype=np.float32)
print("with w_rows.T:", layer(x).numpy(), " by hand:", w_rows @ x[0])

# With 2 inputs and 2 units both orientations fit, and nothing warns you
square = keras.layers.Dense(2)
square.build((None, 2))
w2 = np.array([[1.0, 2.0], [3.0, 4.0]])  # rows = neurons
square.set_weights([w2, np.zeros(2)])    # forgot .T
print("forgot .T:", square(x).numpy(), " wanted:", w2 @ x[0])
