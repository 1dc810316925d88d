import keras
import numpy as np

keras.utils.set_random_seed(7)

# Chosen initializers: every weight starts at a value we pick
layer = keras.layers.Dense(
    3,
    kernel_initializer=keras.initializers.Constant(0.1),
    bias_initializer=keras.initializers.Constant(-1.0),
)
layer.build((None, 2))
print("kernel:\n", layer.kernel.numpy())
print("bias:", layer.bias.numpy())

# Defaults: kernel Glorot uniform in [-limit, limit], bias zeros
default = keras.layers.Dense(256)
default.build((None, 100))
fan_in, fan_out = 100, 256
limit = np.sqrt(6 / (fan_in + fan_out))
W = default.kernel.numpy()
print("default kernel_initializer:", type(default.kernel_initializer).__name__)
print(f"limit = sqrt(6 / ({fan_in} + {fan_out})) = {limit:.4f}")
print(f"kernel min = {W.min():.4f}, max = {W.max():.4f}, "
      f"inside: {np.abs(W).max() <= limit}")
print("default bias is all zeros:", not default.bias.numpy().any())
