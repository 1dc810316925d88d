import keras
import numpy as np
import tensorflow as tf

labels = np.array([1, 2])  # integer classes
logits = tf.constant([[1.0, 4.0, -2.0],
                      [0.5, 2.5, 0.3]])

# log softmax(z)_k = z_k - log(sum_j e^(z_j)), then each row's right class
log_softmax = logits - tf.reduce_logsumexp(logits, axis=-1, keepdims=True)
per_sample = -log_softmax.numpy()[np.arange(len(labels)), labels]
keras_fn = keras.losses.sparse_categorical_crossentropy(labels, logits,
                                                        from_logits=True)
keras_obj = keras.losses.SparseCategoricalCrossentropy(from_logits=True)
with np.printoptions(precision=4, suppress=True):  # 4 decimals, in this block only
    print("by hand     :", per_sample, " mean", round(float(per_sample.mean()), 4))
    print("Keras       :", keras_fn.numpy(),
          " mean", round(float(keras_obj(labels, logits)), 4))
    print("agree:", np.allclose(per_sample, keras_fn))
