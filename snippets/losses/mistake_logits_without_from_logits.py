import keras
import numpy as np
import tensorflow as tf

y_true = tf.constant([[1.0, 0.0, 0.0],
                      [0.0, 1.0, 0.0]])
logits = tf.constant([[2.0, 1.0, -4.0],   # raw model outputs, not probabilities
                      [1.0, 4.0, -2.0]])

cce = keras.losses.categorical_crossentropy
wrong = cce(y_true, logits)  # from_logits=False by default
right = cce(y_true, logits, from_logits=True)
with np.printoptions(precision=4, suppress=True):  # 4 decimals, in this block only
    print("per sample, default from_logits=False:", wrong.numpy())
    print("per sample, from_logits=True:         ", right.numpy())
    print(f"mean: {float(tf.reduce_mean(wrong)):.4f} "
          f"instead of {float(tf.reduce_mean(right)):.4f}")

    # What Keras did: divide by the row sum, clip to [1e-7, 1 - 1e-7], take -log
    scaled = logits / tf.reduce_sum(logits, axis=-1, keepdims=True)
    print("logits / row sum =")
    print(scaled.numpy())
    eps = keras.config.epsilon()
    clipped = tf.clip_by_value(scaled, eps, 1 - eps)
    redo = -tf.reduce_sum(y_true * tf.math.log(clipped), axis=-1)
    print("reproduced by hand:", np.allclose(redo, wrong))

    # Binary case: a logit of 3 becomes p = 1 - 1e-7, a logit of -1 becomes p = 1e-7
    y, z = tf.constant([[1.0], [1.0]]), tf.constant([[3.0], [-1.0]])
    bce = keras.losses.binary_crossentropy
    print("BCE, logits as probabilities:", bce(y, z).numpy())
    print("BCE, from_logits=True:       ", bce(y, z, from_logits=True).numpy())
