import tensorflow as tf

t = tf.constant([1.0, 2.0, 3.0])
try:
    t[0] = 100.0  # tensors are immutable
except TypeError as err:
    print("TypeError:", err)

# Either keep the values in a Variable and assign in place...
v = tf.Variable(t)
v[0].assign(100.0)
print("Variable after v[0].assign:", v.numpy())

# ...or build a new tensor with the change
print("tf.tensor_scatter_nd_update:", tf.tensor_scatter_nd_update(t, [[0]], [100.0]).numpy())
print("t itself is unchanged:      ", t.numpy())
