import tensorflow as tf

x = tf.Variable(5.0)
lr = 0.3
for k in range(5):
    with tf.GradientTape() as tape:
        loss = x**2                   # J(x)
    grad = tape.gradient(loss, x)     # dJ/dx, computed by autodiff
    x.assign_sub(lr * grad)           # x <- x - lr * grad
    print(f"step {k + 1}: grad = {grad.numpy():8.4f}  ->  x = {x.numpy():.4f}")
