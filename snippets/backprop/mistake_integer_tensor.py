import tensorflow as tf

n = tf.Variable(3)       # int32: an integer cannot change "a little"
print("dtype:", n.dtype.name)
with tf.GradientTape() as tape:
    y = n * n
print("int32 gradient:  ", tape.gradient(y, n))

x = tf.Variable(3.0)     # fix: a float (3.0, or tf.cast(n, tf.float32))
with tf.GradientTape() as tape:
    y = x * x
print("float32 gradient:", tape.gradient(y, x).numpy())
