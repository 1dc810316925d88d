import keras
import numpy as np
import tensorflow as tf

y_true = np.array([[1.0], [0.0], [1.0], [0.0]])
z = np.array([[2.2], [-1.4], [-0.4], [0.85]])  # logits: before the sigmoid

# By hand, in a form that never takes log(0): max(z, 0) - z y + log(1 + e^-|z|)
# (np.log1p(x) is log(1 + x), computed accurately even when x is tiny)
per_sample = np.maximum(z, 0) - z * y_true + np.log1p(np.exp(-np.abs(z)))
with np.printoptions(precision=4, suppress=True):  # 4 decimals, in this block only
    print("per-sample BCE by hand =", per_sample[:, 0])

    by_tf = tf.nn.sigmoid_cross_entropy_with_logits(labels=y_true, logits=z)
    fn = keras.losses.binary_crossentropy(y_true, z, from_logits=True)
    obj = keras.losses.BinaryCrossentropy(from_logits=True)(y_true, z)
    print("tf.nn.sigmoid_cross_entropy_with_logits =", by_tf.numpy()[:, 0])
    print("binary_crossentropy(from_logits=True)   =", np.asarray(fn))
    print("BinaryCrossentropy(from_logits=True)    =", np.asarray(obj).round(4))

    # The same as applying the sigmoid first and using the probability formula
    p = tf.nn.sigmoid(z).numpy()
    print("sigmoid(z) =", p[:, 0])
    print("equals BCE on sigmoid(z):",
          np.allclose(fn, keras.losses.binary_crossentropy(y_true, p)))
    print("all agree:", np.allclose(by_tf[:, 0], per_sample[:, 0])
          and np.allclose(fn, per_sample[:, 0]))
