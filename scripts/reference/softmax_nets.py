"""Reference runs of softmax classifiers in plain numpy, written to test/fixtures/softmax-nets.json.

A small 4-class data set (5 features, string labels) is drawn here once and stored in the fixture as a
training and a test CSV. Each case trains the way a plain numpy script would: features as given, rows in
file order, classes the sorted labels, np.random.seed(seed) then each layer's W = 0 + std * randn(n_l,
n_{l-1}) in order (biases zero, not drawn), softmax output with the mean categorical cross-entropy from the
logits (log-sum-exp), dZ_L = (A - onehot)/m, full-batch GD or mini-batch SGD (np.random.permutation(m) each
epoch from the same stream). The cost of iteration i is taken on the forward pass before the i-th update;
accuracies are argmax(A) == y on the final parameters.

Run from the repository root:  python3 scripts/reference/softmax_nets.py
"""
import json
import sys

import numpy as np

OUT = "test/fixtures/softmax-nets.json"
CLASSES = ["ant", "bee", "cat", "dog"]
N_FEATURES = 5
N_TRAIN = 200
N_TEST = 80

CASES = [
    {
        # The command of issue 13: init-lab train --csv train.csv --test-csv test.csv --label y --no-standardize
        # --rng numpy --init xavier_normal --init-seed 11 --dims 5,16,12,4 --activation tanh --optimizer gd
        # --lr 0.1 --iterations 3000 --log-every 500 --json
        "name": "tanh_gd",
        "dims": [5, 16, 12, 4],
        "activation": "tanh",
        "init": "xavier_normal",
        "seed": 11,
        "optimizer": {"name": "gd", "lr": 0.1, "batchSize": None},
        "iterations": 3000,
        "logEvery": 500,
    },
    {
        "name": "relu_sgd_batch_32",
        "dims": [5, 24, 16, 4],
        "activation": "relu",
        "init": "he_normal",
        "seed": 5,
        "optimizer": {"name": "sgd", "lr": 0.05, "batchSize": 32},
        "iterations": 1500,
        "logEvery": 250,
    },
    {
        "name": "tanh_deep_gd",
        "dims": [5, 32, 32, 32, 4],
        "activation": "tanh",
        "init": "lecun_normal",
        "seed": 3,
        "optimizer": {"name": "gd", "lr": 0.05, "batchSize": None},
        "iterations": 1000,
        "logEvery": 100,
    },
]


def make_data():
    rs = np.random.RandomState(2026)
    centers = 1.5 * rs.randn(len(CLASSES), N_FEATURES)

    def draw(n):
        y = rs.randint(0, len(CLASSES), size=n)
        x = centers[y] + rs.randn(n, N_FEATURES)
        return [[float(v) for v in row] for row in x], [CLASSES[k] for k in y]

    return draw(N_TRAIN), draw(N_TEST)


def csv_text(x, y):
    lines = ["f1,f2,y,f3,f4,f5"]  # the label column sits in the middle on purpose
    for row, label in zip(x, y):
        cells = [repr(v) for v in row]
        lines.append(",".join(cells[:2] + [label] + cells[2:]))
    return "\n".join(lines) + "\n"


def weight_std(name, fan_in, fan_out):
    if name == "xavier_normal":
        return 1.0 * np.sqrt(2 / (fan_in + fan_out))
    if name == "he_normal":
        return np.sqrt(2 / fan_in)
    if name == "lecun_normal":
        return np.sqrt(1 / fan_in)
    raise ValueError(name)


def initialize(case):
    np.random.seed(case["seed"])
    dims = case["dims"]
    W, b = [], []
    for l in range(1, len(dims)):
        std = weight_std(case["init"], dims[l - 1], dims[l])
        W.append(0 + std * np.random.randn(dims[l], dims[l - 1]))
        b.append(np.zeros((dims[l], 1)))
    return W, b


def hidden(case, Z):
    return np.tanh(Z) if case["activation"] == "tanh" else np.maximum(Z, 0)


def hidden_grad(case, Z, A):
    return 1 - A * A if case["activation"] == "tanh" else np.where(Z > 0, 1.0, 0.0)


def softmax(Z):
    shifted = Z - Z.max(axis=0, keepdims=True)
    e = np.exp(shifted)
    return e / e.sum(axis=0, keepdims=True)


def forward(case, W, b, X):
    Zs, As = [], [X]
    for l in range(len(W)):
        Z = np.dot(W[l], As[-1]) + b[l]
        A = softmax(Z) if l == len(W) - 1 else hidden(case, Z)
        Zs.append(Z)
        As.append(A)
    return Zs, As


def cost(Z, y):
    m = y.shape[0]
    shifted = Z - Z.max(axis=0, keepdims=True)
    terms = np.log(np.sum(np.exp(shifted), axis=0)) - shifted[y, np.arange(m)]
    return 1.0 / m * np.sum(terms)


def backward(case, W, Zs, As, y):
    m = y.shape[0]
    L = len(W)
    onehot = np.zeros_like(As[L])
    onehot[y, np.arange(m)] = 1.0
    dW, db = [None] * L, [None] * L
    dZ = 1.0 / m * (As[L] - onehot)
    for l in range(L - 1, -1, -1):
        dW[l] = np.dot(dZ, As[l].T)
        db[l] = np.sum(dZ, axis=1, keepdims=True)
        if l > 0:
            dA = np.dot(W[l].T, dZ)
            dZ = dA * hidden_grad(case, Zs[l - 1], As[l])
    return dW, db


def accuracy(case, W, b, X, y):
    _, As = forward(case, W, b, X)
    return float(np.mean(np.argmax(As[-1], axis=0) == y))


def train(case, X, y, Xt, yt, nudge=0.0):
    W, b = initialize(case)
    W = [w * (1 + nudge) for w in W]
    opt = case["optimizer"]
    m = X.shape[1]
    batch = opt["batchSize"]
    order, pos = None, m
    costs = []
    for i in range(case["iterations"]):
        if batch is None:
            Xb, yb = X, y
        else:
            if pos >= m:
                order = np.random.permutation(m)
                pos = 0
            idx = order[pos : pos + batch]
            pos += len(idx)
            Xb, yb = X[:, idx], y[idx]
        Zs, As = forward(case, W, b, Xb)
        c = cost(Zs[-1], yb)
        if i % case["logEvery"] == 0:
            costs.append({"iteration": i, "cost": float(c)})
        dW, db = backward(case, W, Zs, As, yb)
        for l in range(len(W)):
            W[l] = W[l] - opt["lr"] * dW[l]
            b[l] = b[l] - opt["lr"] * db[l]
    return costs, accuracy(case, W, b, X, y), accuracy(case, W, b, Xt, yt)


def main():
    (x_train, y_train), (x_test, y_test) = make_data()
    classes = sorted(set(y_train) | set(y_test))
    X = np.array(x_train, dtype=np.float64).T
    Xt = np.array(x_test, dtype=np.float64).T
    y = np.array([classes.index(v) for v in y_train])
    yt = np.array([classes.index(v) for v in y_test])
    out = {
        "numpy_version": np.__version__,
        "classes": classes,
        "train_csv": csv_text(x_train, y_train),
        "test_csv": csv_text(x_test, y_test),
        "cases": [],
    }
    for case in CASES:
        costs, train_acc, test_acc = train(case, X, y, Xt, yt)
        # A case is a fair 1e-9 check only if rounding differences do not grow: a 1e-14 nudge of every
        # weight must move no cost by more than 1e-11.
        nudged, _, _ = train(case, X, y, Xt, yt, nudge=1e-14)
        spread = max(abs(a["cost"] / b["cost"] - 1) for a, b in zip(costs, nudged))
        if spread > 1e-11:
            raise SystemExit(f"{case['name']}: costs move by {spread:.1e} under a 1e-14 nudge; the case is chaotic")
        out["cases"].append({**case, "costs": costs, "train_accuracy": train_acc, "test_accuracy": test_acc})
        print(case["name"], costs[0]["cost"], costs[-1]["cost"], train_acc, test_acc, f"nudge spread {spread:.1e}", file=sys.stderr)
    json.dump(out, open(OUT, "w"), indent=1)


if __name__ == "__main__":
    main()
