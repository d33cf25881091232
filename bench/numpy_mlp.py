"""numpy timings for the deep and mnist sections of `npm run bench` (bench/deep.ts), measured in the same run.

Reads one JSON job on stdin: the training data X (features x samples), labels Y, the initial W and b of an
MLP whose hidden layers use `activation` ("tanh" or "relu") and whose output is one sigmoid unit with the
course's cross-entropy ("output": "sigmoid", labels 0/1) or K softmax units with the mean categorical
cross-entropy from the logits ("output": "softmax", labels are class indices), and what to time:
  {"case": "gd", "iterations": N, "lr": r}                       full-batch gradient descent
  {"case": "sgd", "iterations": N, "batch": B, "seed": S, "lr": r} mini-batch SGD, a permutation per epoch
Prints one JSON object: {"numpy": version, "blas": the BLAS in use and its threads, "seconds": wall
seconds, "cpu": process CPU seconds, "cost": the cost on the whole set after training}. The same
algorithm as the engine: dZ_L = (1/m)(A - Y) (Y one-hot for softmax), tanh' = 1 - A^2, the ReLU mask from A > 0.
"""
import json
import sys
import time

import numpy as np


def blas_info():
    try:
        from threadpoolctl import threadpool_info
        return ", ".join(f"{p.get('internal_api')} {p.get('version')} {p.get('architecture')} ×{p.get('num_threads')}" for p in threadpool_info() if p.get("user_api") == "blas")
    except ImportError:
        return numpy_build_info()


def numpy_build_info():
    """The BLAS numpy was built with and the widest SIMD it dispatches to here, from numpy's own config."""
    try:
        config = np.show_config(mode="dicts")
        blas = config["Build Dependencies"]["blas"]
        found = config["SIMD Extensions"].get("found", [])
        # X86_V4 is AVX-512; X86_V3 is AVX2 with FMA.
        return f"{blas.get('name')} {blas.get('version')}, numpy SIMD up to {found[-1] if found else 'its baseline'}"
    except Exception:  # noqa: BLE001 - a description only; the timing does not depend on it
        return "BLAS unknown"


def softmax(Z):
    e = np.exp(Z - Z.max(axis=0, keepdims=True))
    return e / e.sum(axis=0, keepdims=True)


def forward(X, W, b, act):
    L = len(W)
    A = X
    cache = [X]
    for l in range(L):
        Z = np.dot(W[l], A) + b[l]
        if l == L - 1:
            A = softmax(Z) if Z.shape[0] > 1 else 1 / (1 + np.exp(-Z))
        elif act == "tanh":
            A = np.tanh(Z)
        else:
            A = np.maximum(0, Z)
        cache.append(A)
    return A, cache


def cost(A, Y):
    m = Y.shape[1]
    if A.shape[0] > 1:
        # The mean cross-entropy of the softmax (from A here; the engine takes it from the logits).
        return -1.0 / m * np.sum(np.log(A[Y[0].astype(np.int64), np.arange(m)]))
    with np.errstate(divide="ignore", invalid="ignore"):
        logprobs = np.multiply(-np.log(A), Y) + np.multiply(-np.log(1 - A), 1 - Y)
    return 1.0 / m * np.nansum(logprobs)


def backward(Y, W, cache, act):
    L = len(W)
    m = Y.shape[1]
    dW, db = [None] * L, [None] * L
    if cache[L].shape[0] > 1:
        onehot = np.zeros_like(cache[L])
        onehot[Y[0].astype(np.int64), np.arange(m)] = 1.0
        dZ = 1.0 / m * (cache[L] - onehot)
    else:
        dZ = 1.0 / m * (cache[L] - Y)
    for l in range(L - 1, -1, -1):
        dW[l] = np.dot(dZ, cache[l].T)
        db[l] = np.sum(dZ, axis=1, keepdims=True)
        if l > 0:
            dA = np.dot(W[l].T, dZ)
            dZ = dA * (1 - cache[l] * cache[l]) if act == "tanh" else dA * (cache[l] > 0)
    return dW, db


def step(X, Y, W, b, act, lr):
    A, cache = forward(X, W, b, act)
    cost(A, Y)
    dW, db = backward(Y, W, cache, act)
    for l in range(len(W)):
        W[l] = W[l] - lr * dW[l]
        b[l] = b[l] - lr * db[l]


def main():
    job = json.load(sys.stdin)
    X = np.array(job["X"], dtype=np.float64)
    Y = np.array(job["Y"], dtype=np.float64).reshape(1, -1)
    W = [np.array(w, dtype=np.float64) for w in job["W"]]
    b = [np.array(v, dtype=np.float64).reshape(-1, 1) for v in job["b"]]
    act, lr, iterations = job["activation"], job["lr"], job["iterations"]
    m = X.shape[1]
    wall, cpu = time.perf_counter(), time.process_time()
    if job["case"] == "gd":
        for _ in range(iterations):
            step(X, Y, W, b, act, lr)
    else:
        rng = np.random.RandomState(job["seed"])
        batch, done = job["batch"], 0
        while done < iterations:
            order = rng.permutation(m)
            for k in range(0, m, batch):
                if done == iterations:
                    break
                idx = order[k:k + batch]
                step(X[:, idx], Y[:, idx], W, b, act, lr)
                done += 1
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    final = float(cost(forward(X, W, b, act)[0], Y))
    print(json.dumps({"numpy": np.__version__, "blas": blas_info(), "seconds": wall, "cpu": cpu, "cost": final}))


if __name__ == "__main__":
    main()
