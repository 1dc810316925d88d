import numpy as np
import tensorflow as tf

w = tf.Variable([1.0, 2.0])
with tf.GradientTape() as tape:
    h = w * 0.5
    h = np.tanh(h.numpy())  # leaves TensorFlow: the tape cannot see this
    loss = tf.reduce_sum(tf.constant(h) ** 2)
print("through numpy:  ", tape.gradient(loss, w))

with tf.GradientTape() as tape:  # fix: only TensorFlow ops in the tape
    h = tf.tanh(w * 0.5)
    loss = tf.reduce_sum(h**2)
with np.printoptions(precision=4):  # in this block only
    print("through tf.tanh:", tape.gradient(loss, w).numpy())
