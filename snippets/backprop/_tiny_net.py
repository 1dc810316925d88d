"""The chapter's tiny network: 2 inputs -> 3 sigmoid units -> 1 output."""
import numpy as np
import tensorflow as tf

rng = np.random.default_rng(7)
X = rng.normal(size=(4, 2))  # 4 samples, 2 features (float64)
Y = rng.normal(size=(4, 1))  # 4 targets
PARAMS = {"W1": rng.normal(size=(2, 3)), "b1": rng.normal(size=3) * 0.1,
          "W2": rng.normal(size=(3, 1)), "b2": rng.normal(size=1) * 0.1}


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def loss(p, x=X, y=Y):
    """Forward pass in numpy: the mean squared error with parameters p."""
    h = sigmoid(x @ p["W1"] + p["b1"])
    return np.mean((h @ p["W2"] + p["b2"] - y) ** 2)


def tape_gradient(p):
    """The same forward pass in TensorFlow; the tape's gradients as numpy."""
    v = {k: tf.Variable(a) for k, a in p.items()}
    with tf.GradientTape() as tape:
        h = tf.sigmoid(tf.constant(X) @ v["W1"] + v["b1"])
        tf_loss = tf.reduce_mean((h @ v["W2"] + v["b2"] - Y) ** 2)
    return {k: g.numpy() for k, g in tape.gradient(tf_loss, v).items()}
