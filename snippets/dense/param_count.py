import keras

model = keras.Sequential([
    keras.Input(shape=(2,)),
    keras.layers.Dense(3, activation="sigmoid", name="hidden"),
    keras.layers.Dense(1, activation="sigmoid", name="output"),
], name="roaster")

# n_in inputs and n_out units: n_in * n_out weights + n_out biases
n_in = 2
for layer in model.layers:
    n_out = layer.units
    formula = n_in * n_out + n_out
    print(f"{layer.name}: {n_in}*{n_out} + {n_out} = {formula}   "
          f"count_params() = {layer.count_params()}")
    n_in = n_out
print("model.count_params() =", model.count_params())
model.summary()
