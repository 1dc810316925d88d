import keras
import numpy as np
import tensorflow as tf

y_true = tf.constant([[1.0, 0.0, 0.0]])  # the right class is 0
z = tf.constant([[1.0, 4.0, -2.0]])

with tf.GradientTape() as tape:
    tape.watch(z)  # z is a constant: ask the tape to follow it
    loss = keras.losses.categorical_crossentropy(y_true, z, from_logits=True)
slope = tape.gradient(loss, z)
guess = tf.nn.softmax(z) - y_true  # the guess: softmax(z) - y, like p - y for BCE
with np.printoptions(precision=4, suppress=True):  # 4 decimals, in this block only
    print("tape: dL/dz        =", slope.numpy()[0])
    print("softmax(z) - y     =", guess.numpy()[0])
    print("equal:", np.allclose(slope, guess, atol=1e-6))
