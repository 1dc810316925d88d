import numpy as np
import tensorflow as tf

# TensorFlow infers the dtype from the Python values
print("[1, 2, 3]     ->", tf.constant([1, 2, 3]).dtype)
print("[1.0, 2.0]    ->", tf.constant([1.0, 2.0]).dtype)
print("[True, False] ->", tf.constant([True, False]).dtype)

# ...unless you ask for one
print("[1, 2] with dtype=tf.float32 ->", tf.constant([1, 2], dtype=tf.float32).dtype)

# numpy floats are float64 by default, and TensorFlow keeps that
print("np.array([1.0])  ->", tf.constant(np.array([1.0])).dtype)

# tf.cast converts; float -> int drops the fractional part (rounds toward 0)
x = tf.constant([1.7, -2.3])
print("tf.cast(x, tf.int32) =", tf.cast(x, tf.int32).numpy())
print("tf.round(x)          =", tf.round(x).numpy())  # to the nearest integer
print("tf.floor(x)          =", tf.floor(x).numpy())  # down, toward -infinity
