import keras
import numpy as np
import tensorflow as tf

y_true = tf.constant([[0.0, 0.0, 1.0]])  # the right class is 2...
z = tf.constant([[20.0, 0.0, -20.0]])    # ...and the model is very sure it is 0
cce = keras.losses.categorical_crossentropy
print(f"{'from_logits=True':<37}{float(cce(y_true, z, from_logits=True)[0]):.4f}")

probs = tf.nn.softmax(z)
print(f"softmax(z)[0, 2] = {float(probs[0, 2]):.1e}, below eps = 1e-07")
dense = keras.layers.Dense(3, activation="softmax")
dense.build((None, 1))
dense.set_weights([np.array([[20.0, 0.0, -20.0]]), np.zeros(3)])  # its logits = z
cases = {  # probabilities given to the default loss (from_logits=False)
    "eager tf.nn.softmax": probs,
    "softmax by hand, exp / sum": tf.exp(z) / tf.reduce_sum(tf.exp(z)),
    "a NumPy array (probs.numpy())": probs.numpy(),
    "keras.activations.softmax": keras.activations.softmax(z),
    "keras.layers.Softmax()": keras.layers.Softmax()(z),
    "Dense(3, activation='softmax')": dense(tf.ones((1, 1))),
    "keras.activations.softmax, then * 1": keras.activations.softmax(z) * 1.0,
}
for name, p in cases.items():
    print(f"{name:<37}{float(cce(y_true, p)[0]):.4f}")

@tf.function  # traced into a graph, where the loss can see the Softmax operation
def loss_in_graph(y, logits):
    return cce(y, tf.nn.softmax(logits))
in_graph = loss_in_graph(y_true, z)
print(f"{'tf.nn.softmax inside tf.function':<37}{float(in_graph[0]):.4f}")
