import keras
import numpy as np
from _linreg_data import make_data

keras.utils.set_random_seed(0)
x, y = make_data()


class Linear(keras.Model):
    def __init__(self):
        super().__init__()
        self.w = self.add_weight(shape=(1, 1), initializer="zeros", name="w")
        self.b = self.add_weight(shape=(1,), initializer="zeros", name="b")

    def call(self, inputs):
        return inputs @ self.w + self.b  # y_hat = x w + b


model = Linear()
model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.1), loss="mse")
history = model.fit(x, y, batch_size=4, epochs=10, shuffle=False, verbose=0)
w_keras = float(model.w.numpy()[0, 0])
b_keras = float(model.b.numpy()[0])
print("weights:", [v.name for v in model.weights])
print("loss per epoch:")
print(np.array(history.history["loss"]).round(4))
print(f"keras fit: w = {w_keras:.4f}  b = {b_keras:.4f}")

# The same 300 steps by hand in NumPy (float64), in the same batch order
w, b = 0.0, 0.0
for epoch in range(10):
    for start in range(0, 120, 4):
        xb, yb = x[start:start + 4, 0], y[start:start + 4, 0]
        err = w * xb + b - yb
        w, b = w - 0.1 * np.mean(2 * err * xb), b - 0.1 * np.mean(2 * err)
print(f"by hand:   w = {w:.4f}  b = {b:.4f}")
print("agree:", np.allclose([w_keras, b_keras], [w, b], atol=1e-4))
