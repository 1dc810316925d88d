import keras
import numpy as np
import tensorflow as tf

z = tf.linspace(-6.0, 6.0, 10)
print("z =", np.round(z.numpy(), 4))

by_tf = tf.nn.sigmoid(z)
print("tf.nn.sigmoid(z) =")
print(by_tf.numpy())

# By hand: sigma(z) = 1 / (1 + e^(-z))
by_hand = 1 / (1 + np.exp(-z.numpy()))
by_keras = keras.activations.sigmoid(z)

print("by hand agrees with tf.nn:", np.allclose(by_hand, by_tf))
print("keras.activations agrees with tf.nn:", np.allclose(by_keras, by_tf))
print("sigma(0) =", float(tf.nn.sigmoid(0.0)))
print("sigma(z) + sigma(-z) =", (by_tf + tf.nn.sigmoid(-z)).numpy())
