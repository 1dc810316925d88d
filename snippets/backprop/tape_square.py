import tensorflow as tf

x = tf.Variable(3.0)
with tf.GradientTape() as tape:   # record every operation on x
    y = x**2
dy_dx = tape.gradient(y, x)       # play the recording backwards
print("y     =", y.numpy())
print("dy/dx =", dy_dx.numpy(), "   2x =", 2 * x.numpy())

# A vector target: the tape differentiates the SUM of its elements
xs = tf.Variable([-2.0, 0.0, 0.5, 4.0])
with tf.GradientTape() as tape:
    ys = xs**2
print("xs    =", xs.numpy())
print("dy/dx =", tape.gradient(ys, xs).numpy())
with tf.GradientTape() as tape:
    total = tf.reduce_sum(xs**2)
print("d(sum of y)/dx =", tape.gradient(total, xs).numpy())
