import tensorflow as tf

y = tf.one_hot([0, 2, 1, 2], depth=3)      # true classes of 4 samples, one-hot
scores = tf.constant([[2.0, 0.1, 0.3],     # one row of scores per sample;
                      [0.2, 0.4, 1.5],     # the predicted class is the
                      [0.1, 0.2, 0.3],     # position of the largest score
                      [0.9, 0.3, 2.1]])

predicted = tf.argmax(scores, axis=1)
true = tf.argmax(y, axis=1)
correct = predicted == true  # elementwise comparison: a bool tensor
print("predicted:", predicted.numpy(), " true:", true.numpy())
print("correct:  ", correct.numpy())

print("as int32:  ", tf.cast(correct, tf.int32).numpy())
buggy = tf.reduce_mean(tf.cast(correct, tf.int32))  # the mean of an int32 tensor
fixed = tf.reduce_mean(tf.cast(correct, tf.float32))
print("accuracy with tf.int32:  ", buggy.numpy())
print("accuracy with tf.float32:", fixed.numpy())
