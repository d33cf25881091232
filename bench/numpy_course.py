"""The course He run in plain numpy, timed: the reference that `npm run bench` compares the engine with.

Network [2, 10, 5, 1], LINEAR->RELU->LINEAR->RELU->LINEAR->SIGMOID, full-batch gradient descent,
learning rate 0.01, 15000 iterations, He initialization after seed(3), the course's nansum cost
taken before each update. Reads the course points from the project's test fixture and prints one
JSON object: the training seconds of each repeat, the costs every 1000 iterations and the accuracies
of the last repeat (so the harness can check both implementations computed the same thing).

usage: python3 bench/numpy_course.py [--repeats N] [--iterations N]
"""
import argparse
import json
import os
import time

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURE = os.path.join(HERE, "..", "test", "fixtures", "course-golden.json")


def load_course():
    with open(FIXTURE) as f:
        g = json.load(f)
    return (np.array(g["train_X"], dtype=np.float64), np.array(g["train_Y"], dtype=np.float64),
            np.array(g["test_X"], dtype=np.float64), np.array(g["test_Y"], dtype=np.float64))


def he_init(dims):
    np.random.seed(3)
    params = {}
    for l in range(1, len(dims)):
        params["W%d" % l] = np.random.randn(dims[l], dims[l - 1]) * np.sqrt(2.0 / dims[l - 1])
        params["b%d" % l] = np.zeros((dims[l], 1))
    return params


def forward(X, p):
    z1 = np.dot(p["W1"], X) + p["b1"]
    a1 = np.maximum(0, z1)
    z2 = np.dot(p["W2"], a1) + p["b2"]
    a2 = np.maximum(0, z2)
    z3 = np.dot(p["W3"], a2) + p["b3"]
    a3 = 1 / (1 + np.exp(-z3))
    return a3, (a1, a2, a3)


def cost(a3, Y):
    m = Y.shape[1]
    with np.errstate(divide="ignore", invalid="ignore"):
        logprobs = np.multiply(-np.log(a3), Y) + np.multiply(-np.log(1 - a3), 1 - Y)
    return 1.0 / m * np.nansum(logprobs)


def backward(X, Y, p, cache):
    m = X.shape[1]
    a1, a2, a3 = cache
    dz3 = 1.0 / m * (a3 - Y)
    g = {"W3": np.dot(dz3, a2.T), "b3": np.sum(dz3, axis=1, keepdims=True)}
    dz2 = np.multiply(np.dot(p["W3"].T, dz3), np.int64(a2 > 0))
    g["W2"] = np.dot(dz2, a1.T)
    g["b2"] = np.sum(dz2, axis=1, keepdims=True)
    dz1 = np.multiply(np.dot(p["W2"].T, dz2), np.int64(a1 > 0))
    g["W1"] = np.dot(dz1, X.T)
    g["b1"] = np.sum(dz1, axis=1, keepdims=True)
    return g


def train(X, Y, iterations, lr=0.01):
    p = he_init([X.shape[0], 10, 5, 1])
    costs = []
    start = time.perf_counter()
    for i in range(iterations):
        a3, cache = forward(X, p)
        c = cost(a3, Y)
        g = backward(X, Y, p, cache)
        for k in p:
            p[k] = p[k] - lr * g[k]
        if i % 1000 == 0:
            costs.append({"iteration": i, "cost": float(c)})
    return p, costs, time.perf_counter() - start


def accuracy(X, Y, p):
    a3, _ = forward(X, p)
    return float(np.mean((a3 > 0.5).astype(np.float64) == Y))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--iterations", type=int, default=15000)
    args = ap.parse_args()
    X, Y, Xt, Yt = load_course()
    seconds = []
    for _ in range(args.repeats):
        p, costs, s = train(X, Y, args.iterations)
        seconds.append(s)
    print(json.dumps({
        "numpy": np.__version__,
        "seconds": seconds,
        "costs": costs,
        "trainAccuracy": accuracy(X, Y, p),
        "testAccuracy": accuracy(Xt, Yt, p),
    }))


if __name__ == "__main__":
    main()
