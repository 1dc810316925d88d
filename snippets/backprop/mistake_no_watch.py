import tensorflow as tf

a = tf.constant(3.0)
with tf.GradientTape() as tape:  # a is a constant and nobody watches it
    c = a**2
print("without watch:     ", tape.gradient(c, a))

with tf.GradientTape() as tape:  # fix 1: watch it
    tape.watch(a)
    c = a**2
print("with tape.watch(a):", tape.gradient(c, a).numpy())

v = tf.Variable(3.0)  # fix 2: a variable (watched automatically)
with tf.GradientTape() as tape:
    c = v**2
print("with tf.Variable:  ", tape.gradient(c, v).numpy())
