import tensorflow as tf

# 4 students (rows, axis 0) x 3 tests (columns, axis 1): no longer square
scores = tf.constant([[90.0, 80.0, 70.0],
                      [60.0, 50.0, 40.0],
                      [100.0, 90.0, 95.0],
                      [70.0, 75.0, 80.0]])

per_student = tf.reduce_mean(scores, axis=1)  # what we want: one mean per student
per_test = tf.reduce_mean(scores, axis=0)     # the wrong axis
print("axis=1, one mean per student:", per_student.numpy())
print("axis=0, one mean per test:   ", per_test.numpy())

# Now the shapes differ, so printing them shows which result is which
print("shapes:", per_student.shape, per_test.shape)
