import keras

model = keras.Sequential([
    keras.Input(shape=(4,)),
    keras.layers.Dense(5, activation="relu", name="hidden"),
    keras.layers.Dense(2, use_bias=False, name="output"),
])
for layer in model.layers:
    shapes = [tuple(w.shape) for w in layer.weights]
    print(f"{layer.name}: weight shapes {shapes}, "
          f"count_params() = {layer.count_params()}")
print("model.count_params() =", model.count_params())
