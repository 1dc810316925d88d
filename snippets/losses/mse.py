import keras
import numpy as np

y_true = np.array([[0.0, 1.0, 0.0],     # one-hot: class 1
                   [1.0, 0.0, 0.0]])    # class 0
y_pred = np.array([[0.1, 0.7, 0.2],
                   [0.5, 0.3, 0.2]])

# By hand: average the squared errors over the classes, then over the samples
per_sample = np.mean((y_true - y_pred) ** 2, axis=-1)
with np.printoptions(precision=4, suppress=True):  # 4 decimals, in this block only
    print("squared errors =")
    print((y_true - y_pred) ** 2)
    print("per-sample MSE by hand =", per_sample)
    print("MSE by hand            =", per_sample.mean().round(4))

    # The function gives one value per sample; the class averages over the batch
    fn = keras.losses.mean_squared_error(y_true, y_pred)
    obj = keras.losses.MeanSquaredError()(y_true, y_pred)
    print("keras.losses.mean_squared_error =", np.asarray(fn))
    print("keras.losses.MeanSquaredError() =", np.asarray(obj).round(4))
    print("all agree:", np.allclose(fn, per_sample)
          and np.isclose(obj, per_sample.mean()))
