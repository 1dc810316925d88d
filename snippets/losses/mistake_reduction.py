import keras
import numpy as np

y_true = np.array([[0.0, 1.0, 0.0],
                   [1.0, 0.0, 0.0]])
y_pred = np.array([[0.1, 0.7, 0.2],
                   [0.5, 0.3, 0.2]])
sq = (y_true - y_pred) ** 2

mean = keras.losses.MeanSquaredError()
print(f"Keras MeanSquaredError(): {float(mean(y_true, y_pred)):.4f}")
print(f"np.sum(sq):               {sq.sum():.4f}   <- all 6 squared errors added")
print(f"np.mean(sq):              {sq.mean():.4f}   <- over samples and classes")
print(f"np.sum(sq) / n_samples:   {sq.sum() / len(sq):.4f}   <- classes not averaged")

# reduction="sum" adds the per-sample losses, each already a mean over classes
summed = keras.losses.MeanSquaredError(reduction="sum")
print(f"MeanSquaredError(reduction='sum'): {float(summed(y_true, y_pred)):.4f}")

# A summed loss grows with the batch size, a mean does not: the same data twice
y2, p2 = np.concatenate([y_true, y_true]), np.concatenate([y_pred, y_pred])
print(f"batch of 4 (the data twice): sum {float(summed(y2, p2)):.4f}, "
      f"mean {float(mean(y2, p2)):.4f}")
