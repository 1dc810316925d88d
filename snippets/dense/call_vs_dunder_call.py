import keras
import numpy as np

keras.utils.set_random_seed(1)
x = np.ones((1, 6), dtype=np.float32)

# Calling call() directly skips the bookkeeping in __call__, such as building
layer = keras.layers.Dense(2)
try:
    layer.call(x)
except AttributeError as err:
    print("layer.call(x):", type(err).__name__)
    print("   ", err)
layer(x)  # layer.__call__(x): build((1, 6)) first, then call(x)
print("after layer(x): built =", layer.built)

# __call__ also passes the training flag down to the layers that need it
model = keras.Sequential([keras.Input(shape=(6,)), keras.layers.Dropout(0.5)])
print("model(x):               ", model(x).numpy())
print("model(x, training=True):", model(x, training=True).numpy())
