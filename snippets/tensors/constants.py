import numpy as np
import tensorflow as tf

a = tf.constant([[1.0, 2.0], [3.0, 4.0]])
print(a)
print("dtype:", a.dtype, "shape:", a.shape)
print(tf.math.log(tf.constant([1.0, 2.0, 3.0])).numpy())
print(np.float32(3.5))
