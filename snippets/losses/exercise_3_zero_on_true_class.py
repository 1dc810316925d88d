import keras
import numpy as np
import tensorflow as tf

y_true = tf.constant([[0.0, 1.0, 0.0],
                      [0.0, 0.0, 1.0]])
y_pred = tf.constant([[0.05, 0.0, 0.95],   # changed: exact 0 on the right class
                      [0.1, 0.8, 0.1]])

eps = keras.config.epsilon()
normalized = y_pred / tf.reduce_sum(y_pred, axis=-1, keepdims=True)
clipped = tf.clip_by_value(normalized, eps, 1 - eps)
with_clip = -tf.reduce_sum(y_true * tf.math.log(clipped), axis=-1)
without_clip = -tf.reduce_sum(y_true * tf.math.log(normalized), axis=-1)
with np.printoptions(precision=4, suppress=True):  # 4 decimals, in this block only
    print("per-sample loss with the clip   :", with_clip.numpy())
    print("per-sample loss without the clip:", without_clip.numpy())
    print("keras categorical_crossentropy  :",
          keras.losses.categorical_crossentropy(y_true, y_pred).numpy())
