import tensorflow as tf

x = tf.Variable(3.0)
with tf.GradientTape() as tape:  # not persistent: freed after one use
    y = x**2
    z = x**3
print("dy/dx =", tape.gradient(y, x).numpy())
try:
    tape.gradient(z, x)
except RuntimeError as err:
    print("second call:", type(err).__name__)

with tf.GradientTape(persistent=True) as tape:  # fix: a persistent tape
    y = x**2
    z = x**3
print("persistent: dy/dx =", tape.gradient(y, x).numpy(),
      " dz/dx =", tape.gradient(z, x).numpy())
del tape
