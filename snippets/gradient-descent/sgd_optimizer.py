import keras
import tensorflow as tf

x_f = 3.0   # the minimum of J(x) = (x - x_f)^2
lr = 0.3
x = tf.Variable(0.0)
optimizer = keras.optimizers.SGD(learning_rate=lr)

by_hand = 0.0
print("step  optimizer   by hand")
for step in range(1, 7):
    with tf.GradientTape() as tape:
        loss = (x - x_f) ** 2
    grads = tape.gradient(loss, [x])
    optimizer.apply_gradients(zip(grads, [x]))   # x <- x - lr * grad
    by_hand = by_hand - lr * 2 * (by_hand - x_f)  # the same rule, written out
    print(f"{step:4d} {x.numpy():10.5f} {by_hand:9.5f}")
print("optimizer steps taken:", int(optimizer.iterations))
