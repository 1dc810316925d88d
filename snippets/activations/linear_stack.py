import keras
import numpy as np

keras.utils.set_random_seed(0)

# Two Dense layers with no activation ...
model = keras.Sequential([keras.Input(shape=(2,)),
                          keras.layers.Dense(3),
                          keras.layers.Dense(1)])
(w1, b1), (w2, b2) = model.layers[0].get_weights(), model.layers[1].get_weights()
b1 = np.array([0.5, -1.0, 2.0], dtype="float32")  # a non-zero first bias
model.layers[0].set_weights([w1, b1])

# ... are one linear map: (x W1 + b1) W2 + b2 = x (W1 W2) + (b1 W2 + b2)
w, b = w1 @ w2, b1 @ w2 + b2
x = np.random.default_rng(0).normal(size=(4, 2)).astype("float32")
with np.printoptions(precision=4, suppress=True):  # 4 decimals, in this block only
    print("two layers:       ", model(x).numpy()[:, 0])
    print("one linear layer: ", (x @ w + b)[:, 0])
    print("W = W1 W2 has shape", w.shape, " b =", b)
    print("same:", np.allclose(model(x), x @ w + b, atol=1e-6))
