import keras
import numpy as np

lr0, decay_steps, alpha = 0.1, 100, 0.1
cosine = keras.optimizers.schedules.CosineDecay(lr0, decay_steps, alpha=alpha)


def cosine_formula(t, start):
    t = min(t, decay_steps)
    cosine_part = 0.5 * (1 + np.cos(np.pi * t / decay_steps))
    return start * ((1 - alpha) * cosine_part + alpha)


# Warmup: rise linearly from 0 to the target in 10 steps, then decay
warmup_steps, target = 10, 0.1
warm = keras.optimizers.schedules.CosineDecay(
    0.0, decay_steps, alpha=alpha, warmup_target=target, warmup_steps=warmup_steps)


def warm_formula(t):
    if t < warmup_steps:
        return 0.0 + (target - 0.0) * t / warmup_steps
    return cosine_formula(t - warmup_steps, target)


steps = [0, 5, 10, 25, 50, 100, 110, 150]
table = np.array([[cosine_formula(t, lr0), float(cosine(t)),
                   warm_formula(t), float(warm(t))] for t in steps])
print("step  cosine: formula  keras     warmup: formula  keras")
for t, (f1, k1, f2, k2) in zip(steps, table):
    print(f"{t:4d}          {f1:.6f}  {k1:.6f}          {f2:.6f}  {k2:.6f}")
print("cosine agrees:", np.allclose(table[:, 0], table[:, 1]))
print("warmup agrees:", np.allclose(table[:, 2], table[:, 3]))
