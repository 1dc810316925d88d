import keras
import numpy as np

keras.utils.set_random_seed(0)

# 1. Sequential: a plain stack of layers
seq = keras.Sequential([keras.Input(shape=(2,)),
                        keras.layers.Dense(3, activation="sigmoid"),
                        keras.layers.Dense(1, activation="sigmoid")])

# 2. Functional: call layers on a symbolic input, then name inputs and outputs
inputs = keras.Input(shape=(2,))
hidden = keras.layers.Dense(3, activation="sigmoid")(inputs)
outputs = keras.layers.Dense(1, activation="sigmoid")(hidden)
func = keras.Model(inputs=inputs, outputs=outputs)


# 3. Subclassing: create the layers in __init__, use them in call()
class TwoLayer(keras.Model):
    def __init__(self):
        super().__init__()
        self.hidden = keras.layers.Dense(3, activation="sigmoid")
        self.out = keras.layers.Dense(1, activation="sigmoid")

    def call(self, x):
        return self.out(self.hidden(x))


sub = TwoLayer()
x = np.array([[0.5, -1.0], [2.0, 0.0], [-1.5, 1.5]], dtype=np.float32)
sub(x)  # a subclassed model is built by its first call

for name, m in [("functional", func), ("subclassed", sub)]:
    print(name, "before copying, same output:", np.allclose(m(x), seq(x)))
    m.set_weights(seq.get_weights())  # the same W1, b1, W2, b2 for all three
print("weight shapes:", [w.shape for w in seq.get_weights()])
print("Sequential:", seq(x).numpy().ravel().round(4))
print("functional:", func(x).numpy().ravel().round(4))
print("subclassed:", sub(x).numpy().ravel().round(4))
print("all equal:",
      np.allclose(seq(x), func(x)) and np.allclose(seq(x), sub(x)))
