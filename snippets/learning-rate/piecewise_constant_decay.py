import keras
import numpy as np

boundaries = [10, 20]
values = [0.1, 0.05, 0.01]
schedule = keras.optimizers.schedules.PiecewiseConstantDecay(boundaries, values)


def by_formula(t):
    if t <= boundaries[0]:
        return values[0]
    if t <= boundaries[1]:
        return values[1]
    return values[2]


steps = [0, 9, 10, 11, 20, 21, 50]
print("step  formula  keras")
for t in steps:
    print(f"{t:4d}  {by_formula(t):.4f}   {float(schedule(t)):.4f}")
by_keras = [float(schedule(t)) for t in steps]
print("agrees:", np.allclose([by_formula(t) for t in steps], by_keras))
