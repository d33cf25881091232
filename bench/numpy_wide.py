"""numpy timings for the kernel section of `npm run bench` (bench/kernel.ts), measured in the same run.

Reads one JSON job on stdin: the training data X (features x samples), labels Y, the initial W and b of
a ReLU network with a sigmoid output (so both sides compute the same numbers), and what to time:
  {"case": "gd", "iterations": N, ...}                  full-batch gradient descent, lr 0.01
  {"case": "adam", "epochs": E, "batch": B, "seed": S}   mini-batch Adam, lr 0.001, a permutation per epoch
Prints one JSON object: {"numpy": version, "seconds": ..., "cost": the cost after training on the whole
set}. The course's own formulas throughout (nansum cost, dZ = (1/m)(A - Y), ReLU mask from A > 0).
"""
import json
import sys
import time

import numpy as np


def forward(X, W, b):
    L = len(W)
    A = X
    cache = [X]
    for l in range(L):
        Z = np.dot(W[l], A) + b[l]
        A = np.maximum(0, Z) if l < L - 1 else 1 / (1 + np.exp(-Z))
        cache.append(A)
    return A, cache


def cost(A, Y):
    m = Y.shape[1]
    with np.errstate(divide="ignore", invalid="ignore"):
        logprobs = np.multiply(-np.log(A), Y) + np.multiply(-np.log(1 - A), 1 - Y)
    return 1.0 / m * np.nansum(logprobs)


def backward(Y, W, cache):
    L = len(W)
    m = Y.shape[1]
    dW, db = [None] * L, [None] * L
    dZ = 1.0 / m * (cache[L] - Y)
    for l in range(L - 1, -1, -1):
        dW[l] = np.dot(dZ, cache[l].T)
        db[l] = np.sum(dZ, axis=1, keepdims=True)
        if l > 0:
            dZ = np.multiply(np.dot(W[l].T, dZ), np.int64(cache[l] > 0))
    return dW, db


def gd(X, Y, W, b, iterations):
    for _ in range(iterations):
        A, cache = forward(X, W, b)
        cost(A, Y)
        dW, db = backward(Y, W, cache)
        for l in range(len(W)):
            W[l] = W[l] - 0.01 * dW[l]
            b[l] = b[l] - 0.01 * db[l]
    return W, b


def adam(X, Y, W, b, epochs, batch, seed):
    b1, b2, eps, lr, t = 0.9, 0.999, 1e-8, 0.001, 0
    P = W + b
    v = [np.zeros_like(p) for p in P]
    s = [np.zeros_like(p) for p in P]
    L = len(W)
    m = X.shape[1]
    rng = np.random.RandomState(seed)
    for _ in range(epochs):
        order = rng.permutation(m)
        for k in range(0, m, batch):
            idx = order[k:k + batch]
            A, cache = forward(X[:, idx], P[:L], P[L:])
            cost(A, Y[:, idx])
            dW, db = backward(Y[:, idx], P[:L], cache)
            t += 1
            for i, g in enumerate(dW + db):
                v[i] = b1 * v[i] + (1 - b1) * g
                s[i] = b2 * s[i] + (1 - b2) * g * g
                P[i] = P[i] - lr * (v[i] / (1 - b1 ** t)) / (np.sqrt(s[i] / (1 - b2 ** t)) + eps)
    return P[:L], P[L:]


def main():
    job = json.load(sys.stdin)
    X = np.array(job["X"], dtype=np.float64)
    Y = np.array(job["Y"], dtype=np.float64).reshape(1, -1)
    W = [np.array(w, dtype=np.float64) for w in job["W"]]
    b = [np.array(v, dtype=np.float64).reshape(-1, 1) for v in job["b"]]
    start = time.perf_counter()
    if job["case"] == "gd":
        W, b = gd(X, Y, W, b, job["iterations"])
    else:
        W, b = adam(X, Y, W, b, job["epochs"], job["batch"], job["seed"])
    seconds = time.perf_counter() - start
    print(json.dumps({"numpy": np.__version__, "seconds": seconds, "cost": float(cost(forward(X, W, b)[0], Y))}))


if __name__ == "__main__":
    main()
