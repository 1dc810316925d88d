import keras
import numpy as np
import tensorflow as tf

schedule = keras.optimizers.schedules.ExponentialDecay(0.4, 2, decay_rate=0.5)
optimizer = keras.optimizers.SGD(learning_rate=schedule)
x = tf.Variable(5.0)
all_match = True

print("iterations  learning_rate  schedule(iterations)  x before  x after")
for _ in range(6):
    t = int(optimizer.iterations.numpy())
    eta = float(optimizer.learning_rate)           # the rate the next step uses
    before = float(x.numpy())
    with tf.GradientTape() as tape:
        loss = x**2                                 # J(x) = x^2, gradient 2x
    optimizer.apply_gradients([(tape.gradient(loss, x), x)])
    after = float(x.numpy())
    print(f"{t:10d}  {eta:13.4f}  {float(schedule(t)):20.4f}  "
          f"{before:8.4f}  {after:7.4f}")
    all_match &= bool(np.isclose(after, before - eta * 2 * before))
print("iterations after 6 steps:", int(optimizer.iterations.numpy()))
print("every step was x - learning_rate * 2x:", all_match)
