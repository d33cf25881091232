"""Reference runs of deeper networks in plain numpy, written to test/fixtures/deep-nets.json.

Each case trains a fully connected binary classifier on the course circles (read from the project's
test/fixtures/course-golden.json) the way a numpy script would: np.random.seed(seed), then each
layer's W drawn with randn in order (biases zero, not drawn), then the training loop. Mini-batch
cases keep drawing from the same stream: np.random.permutation(m) at the start of every epoch.
The cost of iteration i is taken on the forward pass before the i-th update.

Run from the repository root:  python3 scripts/reference/deep_nets.py
"""
import json
import sys

import numpy as np

GOLDEN = "test/fixtures/course-golden.json"
OUT = "test/fixtures/deep-nets.json"

CASES = [
    {
        "name": "tanh_gd",
        "dims": [2, 16, 8, 4, 1],
        "activation": "tanh",
        "slope": None,
        "init": {"name": "xavier_normal", "params": {"gain": 5.0 / 3.0}},
        "seed": 1,
        "optimizer": {"name": "gd", "lr": 0.03, "batchSize": None},
        "loss": "stable",
        "iterations": 2000,
    },
    {
        "name": "leaky_relu_gd",
        "dims": [2, 16, 8, 4, 1],
        "activation": "leaky_relu",
        "slope": 0.01,
        "init": {"name": "he_normal", "params": {"negative_slope": 0.01}},
        "seed": 2,
        "optimizer": {"name": "gd", "lr": 0.05, "batchSize": None},
        "loss": "course",
        "iterations": 2000,
    },
    {
        "name": "tanh_sgd_batch_64",
        "dims": [2, 16, 8, 4, 1],
        "activation": "tanh",
        "slope": None,
        "init": {"name": "lecun_normal", "params": {}},
        "seed": 3,
        "optimizer": {"name": "sgd", "lr": 0.1, "batchSize": 64},
        "loss": "stable",
        "iterations": 2000,
    },
    {
        "name": "leaky_relu_adam",
        "dims": [2, 16, 8, 4, 1],
        "activation": "leaky_relu",
        "slope": 0.1,
        "init": {"name": "he_normal", "params": {"negative_slope": 0.1}},
        "seed": 4,
        "optimizer": {"name": "adam", "lr": 0.002, "batchSize": None, "beta1": 0.9, "beta2": 0.999, "epsilon": 1e-8},
        "loss": "course",
        "iterations": 2000,
    },
]

COST_EVERY = 100


def weight_std(case, fan_in, fan_out):
    """The standard deviation each initializer uses, written as the engine's registry computes it."""
    name, params = case["init"]["name"], case["init"]["params"]
    if name == "xavier_normal":
        return params["gain"] * np.sqrt(2 / (fan_in + fan_out))
    if name == "he_normal":
        a = params["negative_slope"]
        return np.sqrt(2 / ((1 + a * a) * fan_in))
    if name == "lecun_normal":
        return np.sqrt(1 / fan_in)
    raise ValueError(name)


def initialize(case):
    np.random.seed(case["seed"])
    dims = case["dims"]
    W, b = [], []
    for l in range(1, len(dims)):
        std = weight_std(case, dims[l - 1], dims[l])
        W.append(0 + std * np.random.randn(dims[l], dims[l - 1]))
        b.append(np.zeros((dims[l], 1)))
    return W, b


def hidden(case, Z):
    if case["activation"] == "tanh":
        return np.tanh(Z)
    return np.where(Z > 0, Z, case["slope"] * Z)


def hidden_grad(case, Z, A):
    if case["activation"] == "tanh":
        return 1 - A * A
    return np.where(Z > 0, 1.0, case["slope"])


def forward(case, W, b, X):
    Zs, As = [], [X]
    for l in range(len(W)):
        Z = np.dot(W[l], As[-1]) + b[l]
        A = 1 / (1 + np.exp(-Z)) if l == len(W) - 1 else hidden(case, Z)
        Zs.append(Z)
        As.append(A)
    return Zs, As


def cost(case, Z, A, Y):
    m = Y.shape[1]
    if case["loss"] == "course":
        logprobs = np.multiply(-np.log(A), Y) + np.multiply(-np.log(1 - A), 1 - Y)
        return 1.0 / m * np.nansum(logprobs)
    terms = np.maximum(Z, 0) - Z * Y + np.log1p(np.exp(-np.abs(Z)))
    return 1.0 / m * np.sum(terms)


def backward(case, W, Zs, As, Y):
    m = Y.shape[1]
    L = len(W)
    dW, db = [None] * L, [None] * L
    dZ = 1.0 / m * (As[L] - Y)
    for l in range(L - 1, -1, -1):
        dW[l] = np.dot(dZ, As[l].T)
        db[l] = np.sum(dZ, axis=1, keepdims=True)
        if l > 0:
            dA = np.dot(W[l].T, dZ)
            dZ = dA * hidden_grad(case, Zs[l - 1], As[l])
    return dW, db


class Adam:
    def __init__(self, W, b, opt):
        self.opt = opt
        self.t = 0
        self.m = [np.zeros_like(p) for p in W + b]
        self.s = [np.zeros_like(p) for p in W + b]

    def step(self, params, grads):
        o = self.opt
        self.t += 1
        c1 = 1 - o["beta1"] ** self.t
        c2 = 1 - o["beta2"] ** self.t
        for k, (p, g) in enumerate(zip(params, grads)):
            self.m[k] = o["beta1"] * self.m[k] + (1 - o["beta1"]) * g
            self.s[k] = o["beta2"] * self.s[k] + (1 - o["beta2"]) * g * g
            p -= (o["lr"] * (self.m[k] / c1)) / (np.sqrt(self.s[k] / c2) + o["epsilon"])


def train(case, X, Y, nudge=0.0):
    W, b = initialize(case)
    W = [w * (1 + nudge) for w in W]
    initial = {"W": [w.tolist() for w in W], "b": [v.ravel().tolist() for v in b]}
    opt = case["optimizer"]
    m = X.shape[1]
    adam = Adam(W, b, opt) if opt["name"] == "adam" else None
    batch = opt["batchSize"]
    order, pos = None, m
    costs = []
    for i in range(case["iterations"]):
        if batch is None:
            Xb, Yb = X, Y
        else:
            if pos >= m:
                order = np.random.permutation(m)
                pos = 0
            idx = order[pos : pos + batch]
            pos += len(idx)
            Xb, Yb = X[:, idx], Y[:, idx]
        Zs, As = forward(case, W, b, Xb)
        c = cost(case, Zs[-1], As[-1], Yb)
        if i % COST_EVERY == 0:
            costs.append({"iteration": i, "cost": float(c)})
        dW, db = backward(case, W, Zs, As, Yb)
        if adam:
            adam.step(W + b, dW + db)
        else:
            for l in range(len(W)):
                W[l] = W[l] - opt["lr"] * dW[l]
                b[l] = b[l] - opt["lr"] * db[l]
    Zs, As = forward(case, W, b, X)
    accuracy = float(np.mean((As[-1] > 0.5) == Y))
    return initial, costs, accuracy


def main():
    golden = json.load(open(GOLDEN))
    X = np.array(golden["train_X"], dtype=np.float64)
    Y = np.array(golden["train_Y"], dtype=np.float64)
    out = {"numpy_version": np.__version__, "data": "course-circles (train)", "cost_every": COST_EVERY, "cases": []}
    for case in CASES:
        initial, costs, accuracy = train(case, X, Y)
        # A case is only a fair 1e-9 check if rounding differences do not grow: rerun with every weight
        # moved by 1e-14 relative and require the costs to stay within 1e-11.
        _, nudged, _ = train(case, X, Y, nudge=1e-14)
        spread = max(abs(a["cost"] / b["cost"] - 1) for a, b in zip(costs, nudged))
        if spread > 1e-11:
            raise SystemExit(f"{case['name']}: costs move by {spread:.1e} under a 1e-14 nudge; the case is chaotic")
        out["cases"].append({**case, "initial_params": initial, "costs": costs, "train_accuracy": accuracy})
        print(case["name"], costs[0]["cost"], costs[-1]["cost"], accuracy, f"nudge spread {spread:.1e}", file=sys.stderr)
    json.dump(out, open(OUT, "w"), indent=1)


if __name__ == "__main__":
    main()
