import keras
import numpy as np

keras.utils.set_random_seed(0)
images = np.random.default_rng(0).random((4, 28, 28), dtype=np.float32)
model = keras.Sequential([keras.Input(shape=(784,)),
                          keras.layers.Dense(256, activation="relu"),
                          keras.layers.Dense(10)])
try:
    model(images)  # 4 raw 28x28 images: the model checks them against its Input
except ValueError as err:
    print("model(images):", type(err).__name__)

flat = images.reshape(len(images), -1)  # fix: 784 numbers per image
print("model(flat):  ", tuple(model(flat).shape))

# The silent trap: a Dense layer on its own works on the LAST axis only
dense = keras.layers.Dense(10)
print("Dense(10) on the raw images:", tuple(dense(images).shape))
