import tensorflow as tf

v = tf.Variable([1.0, 2.0, 3.0])
snapshot = v.numpy()  # a copy of the values at this moment

v.assign_add([10.0, 10.0, 10.0])
print("snapshot after v.assign_add:", snapshot)  # did not follow v
print("v.numpy() now:              ", v.numpy())

snapshot[0] = -1.0  # editing the copy...
print("snapshot after editing:     ", snapshot)
print("v after editing snapshot:   ", v.numpy())  # ...leaves v alone
