import numpy as np
import tensorflow as tf

z = tf.constant([6.0, 1.0, -2.0])  # the logits of the mistake section
y = tf.constant([0.0, 0.0, 1.0])   # but this time the right answer is class 2

def loss_and_gradient(squash):
    with tf.GradientTape() as tape:
        tape.watch(z)
        p = tf.nn.softmax(squash(z))
        ce = -tf.reduce_sum(y * tf.math.log(p))
    return float(ce), tape.gradient(ce, z)

models = {"softmax(z)         ": lambda t: t,   # right: logits straight in
          "softmax(sigmoid(z))": tf.nn.sigmoid}  # wrong: sigmoid first
with np.printoptions(precision=4, suppress=True):  # 4 decimals, in this block only
    for name, squash in models.items():
        ce, grad = loss_and_gradient(squash)
        print(f"{name}: CE = {ce:.4f}   dCE/dz = {grad.numpy()}")
