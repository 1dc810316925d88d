import keras
import numpy as np
import tensorflow as tf

z = tf.constant([-3.0, -1.0, 0.0, 0.5, 2.0])
alpha = 0.1

by_tf = tf.nn.leaky_relu(z, alpha=alpha)
print("tf.nn.leaky_relu(z, alpha=0.1) =", by_tf.numpy())

# By hand: z where z > 0, alpha * z elsewhere
by_hand = np.where(z.numpy() > 0, z.numpy(), alpha * z.numpy())
print("by hand                        =", by_hand)
by_keras = keras.activations.leaky_relu(z, negative_slope=alpha)
print("by hand agrees with tf.nn:", np.allclose(by_hand, by_tf))
print("keras.activations agrees:", np.allclose(by_keras, by_tf))

# The default slopes differ between the three APIs
layer = keras.layers.LeakyReLU()
print("tf.nn.leaky_relu default:        ", tf.nn.leaky_relu(z).numpy())
print("keras.activations default:       ", keras.activations.leaky_relu(z).numpy())
print("keras.layers.LeakyReLU() default:", np.round(layer(z).numpy(), 4))
