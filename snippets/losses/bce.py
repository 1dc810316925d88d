import keras
import numpy as np

y_true = np.array([1.0, 0.0, 1.0, 0.0])
p = np.array([0.9, 0.2, 0.4, 0.7])  # predicted probability of class 1

# By hand: -[y log p + (1 - y) log(1 - p)], then the mean
per_sample = -(y_true * np.log(p) + (1 - y_true) * np.log(1 - p))
with np.printoptions(precision=4, suppress=True):  # 4 decimals, in this block only
    print("per-sample BCE by hand =", per_sample)
    print("BCE by hand            =", per_sample.mean().round(4))

    # Keras treats the last axis as the values of one sample: shape (4, 1) = 4 samples
    fn = keras.losses.binary_crossentropy(y_true[:, None], p[:, None])
    obj = keras.losses.BinaryCrossentropy()(y_true[:, None], p[:, None])
    print("keras.losses.binary_crossentropy =", np.asarray(fn))
    print("keras.losses.BinaryCrossentropy() =", np.asarray(obj).round(4))
    print("all agree:", np.allclose(fn, per_sample)
          and np.isclose(obj, per_sample.mean()))

    # Shape (4,) is read as ONE sample with 4 outputs: a single number comes back
    one_sample = keras.losses.binary_crossentropy(y_true, p)
    print("shape of the result for shape (4,) inputs:", one_sample.shape)
