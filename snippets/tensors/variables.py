import tensorflow as tf

v = tf.Variable([1.0, 2.0, 3.0])
print("start:               ", v.numpy())

v.assign([10.0, 20.0, 30.0])  # replace every value
print("after assign:        ", v.numpy())

v.assign_add([1.0, 1.0, 1.0])  # v <- v + delta, in place
print("after assign_add:    ", v.numpy())

v[0].assign(-5.0)  # change a single element
print("after v[0].assign:   ", v.numpy())

# The shape and dtype are fixed when the variable is created
print("dtype and shape:     ", v.dtype, v.shape)

# Math on a variable returns an ordinary (immutable) tensor
print("type(v * 2) =", type(v * 2).__name__)
