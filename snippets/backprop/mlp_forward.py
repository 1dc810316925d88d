import keras
import numpy as np
import tensorflow as tf

keras.utils.set_random_seed(0)
model = keras.Sequential([
    keras.Input(shape=(784,)),              # a flattened 28x28 image
    keras.layers.Dense(256, activation="relu", name="hidden1"),
    keras.layers.Dense(128, activation="relu", name="hidden2"),
    keras.layers.Dense(64, activation="relu", name="hidden3"),
    keras.layers.Dense(10, name="logits"),  # no activation: raw scores
])

x = np.random.default_rng(0).random((4, 784), dtype=np.float32)  # 4 inputs
print("input   ", x.shape)
h = x
for layer in model.layers:  # the forward pass, one layer at a time
    h = layer(h)
    shape = str(tuple(h.shape))
    print(f"{layer.name:8s} {shape:9s} parameters: {layer.count_params()}")

logits = h
probs = tf.nn.softmax(logits)  # softmax once, at the very end
with np.printoptions(precision=4, suppress=True):  # in this block only
    print("probs[0]", probs[0].numpy())
    print("row sums", tf.reduce_sum(probs, axis=1).numpy())
    print("same as model(x):", np.allclose(model(x), logits))
    print("parameters in total:", model.count_params())
share = model.get_layer("hidden1").count_params() / model.count_params()
print(f"share of hidden1: {share:.0%}")
