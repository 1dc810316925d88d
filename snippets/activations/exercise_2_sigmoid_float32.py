import tensorflow as tf

z = tf.constant([-20.0, -6.0, 0.0, 6.0, 20.0])
with tf.GradientTape() as tape:
    tape.watch(z)
    s = tf.nn.sigmoid(z)
grad = tape.gradient(s, z)  # elementwise: sigma'(z) at each point

print("z          =", z.numpy())
print("sigmoid(z) =", s.numpy())
print("equal to 1:", (s == 1.0).numpy())
print("sigma'(z)  =", grad.numpy())
