import keras
import numpy as np
import tensorflow as tf

x, y = 1.5, 1.0                        # graph_one_neuron.py's sample and target
w, b = 0.8, -0.5
lr = 1.0
for step in range(5):
    a = 1 / (1 + np.exp(-(w * x + b)))         # forward pass
    L = (a - y) ** 2
    dL_dz = 2 * (a - y) * a * (1 - a)          # backward pass
    dL_dw, dL_db = dL_dz * x, dL_dz
    print(f"step {step}: w = {w:.4f}, b = {b:.4f}, L = {L:.4f}")
    w, b = w - lr * dL_dw, b - lr * dL_db      # update
print(f"after 5 steps by hand: w = {w:.4f}, b = {b:.4f}")

# The same five steps with a tape and Keras' SGD optimizer
tw = tf.Variable(0.8, dtype=tf.float64)
tb = tf.Variable(-0.5, dtype=tf.float64)
optimizer = keras.optimizers.SGD(learning_rate=lr)
for step in range(5):
    with tf.GradientTape() as tape:
        loss = (tf.sigmoid(tw * x + tb) - y) ** 2
    optimizer.apply_gradients(zip(tape.gradient(loss, [tw, tb]), [tw, tb]))
print(f"tape and SGD:          w = {tw.numpy():.4f}, b = {tb.numpy():.4f}")
