import keras
import numpy as np
import tensorflow as tf
from _blobs import make_blobs

keras.utils.set_random_seed(1)  # as in perceptron_sgd.py
(x_train, y_train), _ = make_blobs()
mean, std = x_train.mean(axis=0), x_train.std(axis=0)
x_train = (x_train - mean) / std
y_col = y_train[:, None]


def loss(w, b):
    logits = x_train @ w + b
    per_sample = tf.nn.sigmoid_cross_entropy_with_logits(labels=y_col,
                                                         logits=logits)
    return float(tf.reduce_mean(per_sample))


print(f"w = 0, b = 0:   loss {loss(tf.zeros([2, 1]), 0.0):.4f}")
print(f"log 2:               {np.log(2):.4f}")
w_start = tf.random.normal([2, 1], stddev=0.1)  # the start of perceptron_sgd.py
print("random start: w =", w_start.numpy()[:, 0].round(4),
      f" loss {loss(w_start, 0.0):.4f}")
