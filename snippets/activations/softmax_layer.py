import keras
import numpy as np
import tensorflow as tf

keras.utils.set_random_seed(3)

# A classifier that outputs logits: no activation on its last layer
logits_model = keras.Sequential([
    keras.Input(shape=(4,)),
    keras.layers.Dense(8, activation="relu"),
    keras.layers.Dense(3),
])
# Append a Softmax layer to get a model that outputs probabilities
prob_model = keras.Sequential([logits_model, keras.layers.Softmax()])

x = np.random.default_rng(3).normal(size=(2, 4)).astype("float32")
logits = logits_model(x)
probs = prob_model(x)
with np.printoptions(precision=4, suppress=True):  # 4 decimals, in this block only
    print("logits =")
    print(logits.numpy())
    print("probabilities =")
    print(probs.numpy())
    print("row sums:", probs.numpy().sum(axis=1))
    print("equals tf.nn.softmax(logits):", np.allclose(probs, tf.nn.softmax(logits)))
    print("weights shared:", prob_model.layers[0] is logits_model)
