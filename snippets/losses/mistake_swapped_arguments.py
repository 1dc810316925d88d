import keras
import numpy as np

y_true = np.array([[0.0, 1.0, 0.0],
                   [1.0, 0.0, 0.0]])
y_pred = np.array([[0.1, 0.8, 0.1],
                   [0.7, 0.2, 0.1]])
cce = keras.losses.CategoricalCrossentropy()

print("right:   cce(y_true, y_pred) =", round(float(cce(y_true, y_pred)), 4))
print("swapped: cce(y_pred, y_true) =", round(float(cce(y_pred, y_true)), 4))
# Swapped, the zeros of the one-hot labels become probabilities: log(1e-7)
swapped = keras.losses.categorical_crossentropy(y_pred, y_true)
print("per sample, swapped:", np.round(np.asarray(swapped), 4))

# MSE is symmetric, so there the mistake hides; for BCE it does not. (BCE reads
# each of the 3 columns as a yes/no label of its own, as in multi-label problems.)
mse, bce = keras.losses.MeanSquaredError(), keras.losses.BinaryCrossentropy()
for name, fn in [("MSE", mse), ("BCE", bce)]:
    print(f"{name} right / swapped: {float(fn(y_true, y_pred)):.4f} "
          f"{float(fn(y_pred, y_true)):.4f}")
