import keras
import numpy as np
import tensorflow as tf

labels = np.array([1, 2, 0])  # integer class numbers, not one-hot
probs = np.array([[0.05, 0.95, 0.0],
                  [0.1, 0.8, 0.1],
                  [0.6, 0.3, 0.1]])

# By hand: pick each sample's probability of its true class, take -log, average
picked = probs[np.arange(len(labels)), labels]
per_sample = -np.log(picked)
with np.printoptions(precision=4, suppress=True):  # 4 decimals, in this block only
    print("probability of the true class =", picked)
    print("per-sample loss by hand =", per_sample)

    fn = keras.losses.sparse_categorical_crossentropy(labels, probs)
    obj = keras.losses.SparseCategoricalCrossentropy()(labels, probs)
    print("sparse_categorical_crossentropy =", np.asarray(fn))
    print("SparseCategoricalCrossentropy() =", round(float(obj), 4))

    one_hot = tf.one_hot(labels, depth=3)
    print("one-hot labels =")
    print(one_hot.numpy())
    dense = keras.losses.categorical_crossentropy(one_hot, probs)
    print("equals categorical_crossentropy on one-hot:", np.allclose(fn, dense))
    print("agrees with by hand:", np.allclose(fn, per_sample, atol=1e-6))
