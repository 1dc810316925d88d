import numpy as np
import tensorflow as tf


def softmax_naive(z):
    e = np.exp(z)
    return e / e.sum()

def softmax_stable(z):
    e = np.exp(z - z.max())  # subtracting a constant does not change softmax
    return e / e.sum()

small = np.array([1.0, 2.0, 3.0])
with np.printoptions(precision=4, suppress=True):  # 4 decimals, in this block only
    print("naive  on", small, "->", softmax_naive(small))
    print("stable on", small, "->", softmax_stable(small))

    large = small + 1000  # same differences, so the same softmax
    # Silence numpy's overflow warnings, for this block only
    with np.errstate(over="ignore", invalid="ignore"):
        print("np.exp(large) =", np.exp(large))
        print("naive  on", large, "->", softmax_naive(large))
    print("stable on", large, "->", softmax_stable(large))
    print("tf.nn.softmax(large) ->", tf.nn.softmax(large).numpy())
    print("stable agrees with tf.nn.softmax:",
          np.allclose(softmax_stable(large), tf.nn.softmax(large)))
