from math import exp

import numpy as np
import tensorflow as tf

a = tf.constant([[1.0, 2.0], [3.0, 4.0]])
b = tf.constant([[10.0, 20.0], [30.0, 40.0]])

print("a + b =")
print((a + b).numpy())
print("b / a =")
print((b / a).numpy())
print("a ** 2 =")
print((a**2).numpy())

print("tf.exp(a)[0] =", tf.exp(a)[0].numpy())  # e^1, e^2
print("tf.math.log([1.0, 2.0, 3.0]) =", tf.math.log([1.0, 2.0, 3.0]).numpy())

# By hand: apply exp to every element, one at a time
by_hand = [[exp(value) for value in row] for row in a.numpy()]
print("tf.exp agrees with the loop:", np.allclose(tf.exp(a), by_hand))
