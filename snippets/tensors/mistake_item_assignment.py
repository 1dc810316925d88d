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

# ...or build a new tensor with the change: a list of positions, a list of new values
print("tf.tensor_scatter_nd_update:", tf.tensor_scatter_nd_update(t, [[0]], [100.0]).numpy())
print("t itself is unchanged:      ", t.numpy())

# In a matrix each position has two indices, [row, column]
m = tf.zeros([2, 3])
print("zeros with m[0, 1] = 5 and m[1, 2] = 7:")
print(tf.tensor_scatter_nd_update(m, [[0, 1], [1, 2]], [5.0, 7.0]).numpy())
