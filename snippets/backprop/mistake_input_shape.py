import keras
import numpy as np

keras.utils.set_random_seed(0)
model = keras.Sequential([keras.Input(shape=(784,)),
                          keras.layers.Dense(256, activation="relu"),
                          keras.layers.Dense(10)])
images = np.random.default_rng(0).random((4, 28, 28), dtype=np.float32)
try:
    model(images)  # 4 raw 28x28 images
except ValueError as err:
    print("(4, 28, 28):", type(err).__name__)

flat = images.reshape(len(images), -1)  # fix: 784 numbers per image
print("(4, 784) ->", tuple(model(flat).shape))
