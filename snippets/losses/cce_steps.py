import keras
import numpy as np
import tensorflow as tf

y_true = tf.constant([[0.0, 1.0, 0.0],
                      [0.0, 0.0, 1.0]])
y_pred = tf.constant([[0.05, 0.95, 0.0],   # confident and right; note the exact 0
                      [0.1, 0.8, 0.1]])    # confident and wrong

eps = keras.config.epsilon()  # 1e-07
row_sums = tf.reduce_sum(y_pred, axis=-1, keepdims=True)
normalized = y_pred / row_sums                         # 1. make rows add up to 1
clipped = tf.clip_by_value(normalized, eps, 1 - eps)  # 2. clip: log(0) = -inf
logs = tf.math.log(clipped)                            # 3. log
products = y_true * logs                               # 4. multiply: true class only
per_sample = -tf.reduce_sum(products, axis=-1)         # 5. sum over classes, negate
loss = tf.reduce_mean(per_sample)                      # 6. mean over the batch
with np.printoptions(precision=4, suppress=True):  # 4 decimals, in this block only
    print("row sums =", row_sums.numpy()[:, 0])
    print(f"clipped[0, 2] = {float(clipped[0, 2]):.1e}")
    for name, t in [("log", logs), ("y_true * log", products)]:
        print(name, "=")
        print(t.numpy())
    print("per-sample loss =", per_sample.numpy())
    print("mean loss =", round(float(loss), 4))

    fn = keras.losses.categorical_crossentropy(y_true, y_pred)
    obj = keras.losses.CategoricalCrossentropy()(y_true, y_pred)
    print("keras.losses.categorical_crossentropy =", fn.numpy())
    print("keras.losses.CategoricalCrossentropy() =", round(float(obj), 4))
    print("all agree:", np.allclose(fn, per_sample) and np.isclose(obj, loss))
