import numpy as np
import tensorflow as tf

ints = tf.constant([1, 2, 3])          # int32
floats = tf.constant([0.5, 0.5, 0.5])  # float32
try:
    ints + floats
except tf.errors.InvalidArgumentError as err:
    print(type(err).__name__ + ":", str(err).splitlines()[0])
print("with tf.cast:", (tf.cast(ints, tf.float32) + floats).numpy())

doubles = tf.constant(np.array([1.0, 2.0, 3.0]))  # numpy default -> float64
try:
    floats + doubles
except tf.errors.InvalidArgumentError as err:
    print(type(err).__name__ + ":", str(err).splitlines()[0])
fixed = tf.constant(np.array([1.0, 2.0, 3.0]), dtype=tf.float32)
print("with dtype=tf.float32:", (floats + fixed).numpy())
