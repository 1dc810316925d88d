import numpy as np
import tensorflow as tf

tf.random.set_seed(42)
a = tf.random.normal([4, 3])
print("a =")
print(a.numpy())

# Running total, one slot per column; add the rows one by one
total = tf.Variable(tf.zeros([3]))
for i in range(a.shape[0]):
    total.assign_add(a[i])

print("loop of assign_add       :", total.numpy())
print("tf.reduce_sum(a, axis=0) :", tf.reduce_sum(a, axis=0).numpy())
print("they match:", np.allclose(total.numpy(), tf.reduce_sum(a, axis=0)))
