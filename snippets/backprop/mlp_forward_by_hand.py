import keras
import numpy as np

keras.utils.set_random_seed(0)
hidden = [keras.layers.Dense(n, activation="relu") for n in (256, 128, 64)]
model = keras.Sequential([keras.Input(shape=(784,)), *hidden,
                          keras.layers.Dense(10)])
x = np.random.default_rng(0).random((4, 784), dtype=np.float32)

# The same forward pass in numpy: h <- relu(h W + b), three times
h = x
for layer in model.layers[:-1]:
    W, b = layer.kernel.numpy(), layer.bias.numpy()
    h = np.maximum(h @ W + b, 0.0)
    print("W", W.shape, "b", b.shape, "-> h", h.shape)
W, b = model.layers[-1].kernel.numpy(), model.layers[-1].bias.numpy()
z = h @ W + b                                         # logits
p = np.exp(z) / np.exp(z).sum(axis=1, keepdims=True)  # softmax formula
print("W", W.shape, "b", b.shape, "-> z", z.shape)

with np.printoptions(precision=4, suppress=True):  # in this block only
    keras_p = keras.ops.softmax(model(x)).numpy()
    print("by hand:", p[0])
    print("Keras:  ", keras_p[0])
    print("agree (np.allclose):", np.allclose(p, keras_p, atol=1e-6))
