import keras
import matplotlib.pyplot as plt
import numpy as np

S = keras.optimizers.schedules
# Arguments chosen so that every curve spreads over the same 100 steps
schedules = {
    "Exponential, T=20, r=0.5": S.ExponentialDecay(0.1, 20, 0.5),
    "Exponential, staircase": S.ExponentialDecay(0.1, 20, 0.5, staircase=True),
    "PiecewiseConstant [30, 60]": S.PiecewiseConstantDecay([30, 60],
                                                            [0.1, 0.05, 0.01]),
    "InverseTime, T=10, r=1": S.InverseTimeDecay(0.1, 10, 1.0),
    "Cosine, T=100, alpha=0": S.CosineDecay(0.1, 100),
    "Cosine, warmup W=10 from 0, T=90": S.CosineDecay(
        0.0, 90, warmup_target=0.1, warmup_steps=10),
}
steps = np.arange(101)
fig, axes = plt.subplots(1, 2, figsize=(7.5, 3.4), sharey=True)
for i, (name, schedule) in enumerate(schedules.items()):
    lr = np.array([float(schedule(t)) for t in steps])
    ax = axes[0] if i < 4 else axes[1]
    style = "steps-post" if "Piecewise" in name else "default"
    ax.plot(steps, lr, label=name, drawstyle=style)
    print(f"{name:33s} step 0: {lr[0]:.4f}  10: {lr[10]:.4f}  50: {lr[50]:.4f}  "
          f"100: {lr[100]:.4f}")
for ax in axes:
    ax.set_xlabel("step $t$")
    ax.legend(fontsize=8)
    ax.grid(alpha=0.3)
axes[0].set_ylabel(r"learning rate $\eta_t$")
fig.tight_layout()
plt.show()
