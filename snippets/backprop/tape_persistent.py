import tensorflow as tf

x = tf.Variable(3.0)
with tf.GradientTape(persistent=True) as tape:  # keep it after one use
    y = x**2
    z = x**3
print("dy/dx =", tape.gradient(y, x).numpy(), "   2x   =", 2 * 3.0)
print("dz/dx =", tape.gradient(z, x).numpy(), "  3x^2 =", 3 * 3.0**2)
del tape  # a persistent tape holds its memory until you drop it
