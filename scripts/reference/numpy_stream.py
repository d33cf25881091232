"""Writes test/fixtures/numpy-stream.json: reference draws from numpy's legacy RandomState stream.

Run from the repository root: python3 scripts/reference/numpy_stream.py
"""
import json
import math
import sys
from decimal import Decimal, getcontext

import numpy as np

getcontext().prec = 50


def misrounded_log_draws(seed, count):
    """Indices of randn draws whose pair came from a log() the C library did not round correctly.

    numpy's legacy gauss calls the platform's log(); glibc's is within 0.52 ulp, not exact, so now
    and then a pair differs by an ulp from one computed with an exactly rounded log. The polar
    method is replayed here on the same uniforms to find those pairs.
    """
    rs = np.random.RandomState(seed)
    flagged, index = [], 0
    while index < count:
        while True:
            x1 = 2.0 * rs.random_sample() - 1.0
            x2 = 2.0 * rs.random_sample() - 1.0
            r2 = x1 * x1 + x2 * x2
            if 0.0 < r2 < 1.0:
                break
        if math.log(r2) != float(Decimal(r2).ln()):
            flagged += [index, index + 1]
        index += 2
    return [i for i in flagged if i < count]


def draws(seed):
    rs = np.random.RandomState(seed)
    raw = [int(v) for v in rs.randint(0, 2**32, size=8, dtype=np.uint32)]
    rs.seed(seed)
    samples = rs.random_sample(8).tolist()
    rs.seed(seed)
    gaussians = rs.randn(1001).tolist()  # odd count: leaves a cached value behind
    after_cache = rs.random_sample(2).tolist()
    rs.seed(seed)
    uniforms = rs.uniform(-2.5, 4.0, size=5).tolist()
    rs.seed(seed)
    perm = np.arange(50)
    rs.shuffle(perm)
    ints = [int(rs.randint(0, n)) for n in (1, 2, 3, 7, 100, 1000, 65537, 2**31 + 5)]
    return {
        "seed": seed,
        "raw_uint32": raw,
        "random_sample": samples,
        "randn": gaussians,
        "randn_platform_log_misrounded": misrounded_log_draws(seed, len(gaussians)),
        "random_sample_after_randn": after_cache,
        "uniform_-2.5_4.0": uniforms,
        "shuffle_arange_50": perm.tolist(),
        "randint_after_shuffle": {"n": [1, 2, 3, 7, 100, 1000, 65537, 2**31 + 5], "values": ints},
    }


def exactly_rounded_logs():
    """Arguments with their exactly rounded log: random ones over many scales, and ones the C library misrounds."""
    rs = np.random.RandomState(2024)
    xs = rs.random_sample(300).tolist()
    xs += [math.ldexp(0.5 + rs.random_sample(), int(e)) for e in rs.randint(-1074, 1024, size=200)]
    xs += [1.0 + d for d in (rs.random_sample(50) * 1e-10).tolist()] + [1.0 - d for d in (rs.random_sample(50) * 1e-10).tolist()]
    xs += [5e-324, 2.2250738585072014e-308, 0.5, 1.0, 2.0, math.sqrt(2.0), math.nextafter(math.sqrt(2.0), 0.0), 1.7976931348623157e308]
    hard = []
    while len(hard) < 40:
        x = rs.random_sample()
        if x > 0.0 and math.log(x) != float(Decimal(x).ln()):
            hard.append(x)
    xs += hard
    return {"x": xs, "log": [float(Decimal(x).ln()) for x in xs], "platform_misrounded": len(hard)}


def pairwise_sums():
    """Arrays with numpy's np.sum of each: its pairwise order decides the last bits of costs and bias gradients."""
    rs = np.random.RandomState(5)
    cases = []
    for n in (1, 7, 8, 9, 16, 17, 127, 128, 129, 255, 256, 300, 1000, 1001):
        a = rs.randn(n) * 10.0 ** rs.randint(-4, 4, size=n)
        cases.append({"values": a.tolist(), "sum": float(np.sum(a))})
    return cases


out = {
    "numpy_version": np.__version__,
    "streams": [draws(s) for s in (0, 1, 3, 42, 2**32 - 1)],
    "log_exact": exactly_rounded_logs(),
    "pairwise_sums": pairwise_sums(),
}
json.dump(out, open(sys.argv[1] if len(sys.argv) > 1 else "test/fixtures/numpy-stream.json", "w"))
