import tensorflow as tf

a = tf.constant([[1.0, 2.0, 3.0],
                 [4.0, 5.0, 6.0]])
clipped = tf.clip_by_value(a, 2.5, 4.5)  # below 2.5 -> 2.5, above 4.5 -> 4.5
print(clipped.numpy())
by_hand = tf.minimum(tf.maximum(a, 2.5), 4.5)
print("same as min(max(a, 2.5), 4.5):", bool(tf.reduce_all(clipped == by_hand)))
