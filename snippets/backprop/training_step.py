import keras
import numpy as np
import tensorflow as tf

keras.utils.set_random_seed(1)
x = np.random.default_rng(1).normal(size=(8, 2)).astype("float32")
y = (x[:, :1] * x[:, 1:] > 0).astype("float32")  # 8 samples, 1 target each
model = keras.Sequential([
    keras.Input(shape=(2,)),
    keras.layers.Dense(3, activation="sigmoid", name="hidden"),
    keras.layers.Dense(1, name="output")], name="net")
loss_fn = keras.losses.MeanSquaredError()
optimizer = keras.optimizers.SGD(learning_rate=0.5)
params = model.trainable_variables

with tf.GradientTape() as tape:           # 1. forward pass: the loss
    loss = loss_fn(y, model(x))
grads = tape.gradient(loss, params)       # 2. backward pass: all gradients
old = [v.numpy() for v in params]
optimizer.apply_gradients(zip(grads, params))  # 3. update the parameters

for v, g in zip(params, grads):
    shape = str(tuple(v.shape))
    print(f"{v.path:18s} shape {shape:7s} gradient shape {tuple(g.shape)}")
same = all(np.allclose(v.numpy(), w - 0.5 * g.numpy())
           for v, w, g in zip(params, old, grads))
print("new = old - learning_rate * gradient:", same)
print(f"loss before the step: {float(loss):.4f}")
print(f"loss after the step:  {float(loss_fn(y, model(x))):.4f}")
