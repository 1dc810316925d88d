import keras
import numpy as np

x = np.array([[-2.0], [0.0], [3.0]], dtype=np.float32)
W = np.array([[1.0, -1.0]], dtype=np.float32)  # 1 input, units=2
b = np.array([0.5, 0.5], dtype=np.float32)

# activation: the same W and b, three different activations
for act in ["linear", "relu", "sigmoid"]:
    layer = keras.layers.Dense(units=2, activation=act)
    layer.build((None, 1))
    layer.set_weights([W, b])
    print(f"{act:8}", layer(x).numpy().astype(float).round(4).tolist())
print("by hand relu:   ", np.maximum(0, x @ W + b).tolist())

# use_bias=False: the layer has a kernel only, so an input of 0 gives 0
no_bias = keras.layers.Dense(units=2, use_bias=False)
no_bias.build((None, 1))
print("use_bias=False weights:", [v.name for v in no_bias.weights])
no_bias.set_weights([W])
print("output for x = 0:", no_bias(np.zeros((1, 1), dtype=np.float32)).numpy())
print("equals x @ W:", np.allclose(no_bias(x), x @ W))
