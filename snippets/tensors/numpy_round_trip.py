import numpy as np
import tensorflow as tf

arr = np.array([[1.0, 2.0], [3.0, 4.0]], dtype=np.float32)

t = tf.constant(arr)  # numpy -> tensor
back = t.numpy()      # tensor -> numpy

print("type(t)    =", type(t).__name__)
print("type(back) =", type(back).__name__, "with dtype", back.dtype)
print("round trip keeps the values:", np.array_equal(arr, back))

# Each library accepts the other's arrays
from_tf = tf.square(arr)  # TF op on a numpy array -> tensor
from_np = np.square(t)    # numpy function on a tensor -> ndarray
print("tf.square(arr) gives", type(from_tf).__name__)
print("np.square(t)   gives", type(from_np).__name__)
print("same values:", np.allclose(from_tf, from_np))
