import tensorflow as tf

# 3 students (rows, axis 0) x 3 tests (columns, axis 1)
scores = tf.constant([[90.0, 80.0, 70.0],
                      [60.0, 50.0, 40.0],
                      [100.0, 90.0, 95.0]])

per_student = tf.reduce_mean(scores, axis=1)  # average across each row: what we want
per_test = tf.reduce_mean(scores, axis=0)     # average down each column: a different question
print("axis=1, one mean per student:", per_student.numpy())
print("axis=0, one mean per test:   ", per_test.numpy())

# Same shape, so nothing complains about the wrong one
print("shapes:", per_student.shape, per_test.shape)
