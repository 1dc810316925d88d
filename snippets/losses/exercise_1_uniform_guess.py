import keras
import numpy as np
import tensorflow as tf

for k in [3, 10]:
    y_true = tf.one_hot([0, k - 1], depth=k)  # two samples: class 0 and class k - 1
    uniform = tf.ones([2, k]) / k              # every class gets probability 1/k
    loss = keras.losses.categorical_crossentropy(y_true, uniform)
    with np.printoptions(precision=4, suppress=True):  # in this block only
        print(f"K = {k:2d}: per-sample loss {loss.numpy()}, log(K) = {np.log(k):.4f}")
