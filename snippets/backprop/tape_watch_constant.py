import tensorflow as tf

a = tf.constant(3.0)   # constants, not variables:
b = tf.constant(4.0)   # the tape ignores them unless told otherwise
with tf.GradientTape() as tape:
    tape.watch(a)      # record operations that involve a
    c = tf.sqrt(a**2 + b**2)
dc_da = tape.gradient(c, a)

print("c             =", c.numpy())
print("dc/da by tape =", dc_da.numpy())
print("a / c by hand =", (a / c).numpy())
