import keras
import tensorflow as tf

x_f = 3.0   # the minimum of J(x) = (x - x_f)^2, as in sgd_optimizer.py
runs = {"SGD": keras.optimizers.SGD(learning_rate=0.3),
        "Adam": keras.optimizers.Adam(learning_rate=0.3)}
xs = {name: tf.Variable(0.0) for name in runs}

print("step      SGD     Adam")
for step in range(1, 13):
    for name, optimizer in runs.items():
        with tf.GradientTape() as tape:
            loss = (xs[name] - x_f) ** 2
        grads = tape.gradient(loss, [xs[name]])
        optimizer.apply_gradients(zip(grads, [xs[name]]))
    print(f"{step:4d} {xs['SGD'].numpy():8.4f} {xs['Adam'].numpy():8.4f}")
