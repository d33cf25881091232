// Running generated snippets with the machine's python3 and numpy, all cases in one process.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Whether python3 with numpy can be run here. */
export function hasNumpy(): boolean {
  const r = spawnSync('python3', ['-c', 'import numpy'], { encoding: 'utf8' });
  return r.status === 0;
}

/** A snippet to run: its source, and the LSUV inputs (features × samples) when it has an lsuv_rescale to call. */
export interface PythonCase {
  source: string;
  lsuvX?: number[][];
}

// exec() each snippet as a module (so its __main__ block stays quiet), then print its parameters as JSON:
// json writes floats with repr, the shortest text that reads back to the same double.
const HARNESS = `
import json, sys
import numpy as np
out = []
for case in json.load(sys.stdin):
    ns = {"__name__": "snippet"}
    exec(compile(case["source"], "snippet.py", "exec"), ns)
    p = ns["initialize_parameters"](ns["LAYER_DIMS"], ns["SEED"])
    if case.get("lsuvX") is not None:
        p = ns["lsuv_rescale"](p, np.array(case["lsuvX"], dtype=float))
    out.append({k: [float(v) for v in a.ravel()] for k, a in p.items()})
print(json.dumps({"numpy": np.__version__, "weights": out}))
`;

/** Runs every case's initialize_parameters (then lsuv_rescale when given inputs) and returns the weights by name. */
export function runNumpySnippets(cases: readonly PythonCase[]): { numpy: string; weights: Record<string, number[]>[] } {
  const r = spawnSync('python3', ['-c', HARNESS], { input: JSON.stringify(cases), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`python3 failed: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

/** Runs a whole script as python3 would (its __main__ block included): exit status, stdout and stderr. */
export function runScript(source: string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync('python3', ['-'], { input: source, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

// py_compile each file in turn in one process (python3 starts slowly); one line of JSON per file: null or the error.
const COMPILE_ALL = `
import json, py_compile, sys
for path in sys.argv[1:]:
    try:
        py_compile.compile(path, doraise=True)
        print(json.dumps(None))
    except py_compile.PyCompileError as e:
        print(json.dumps(str(e)))
`;

/** Byte-compiles scripts without running them (py_compile): for each, null when it compiles, else the error. */
export function compileErrors(sources: readonly string[]): (string | null)[] {
  const dir = mkdtempSync(join(tmpdir(), 'snippet-'));
  try {
    const files = sources.map((source, i) => {
      const file = join(dir, `snippet_${i}.py`);
      writeFileSync(file, source);
      return file;
    });
    const r = spawnSync('python3', ['-c', COMPILE_ALL, ...files], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`python3 failed: ${r.stderr}`);
    return r.stdout.trim().split('\n').map((line) => JSON.parse(line));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Byte-compiles one script (py_compile): null when it compiles, else the error. */
export function compileError(source: string): string | null {
  return compileErrors([source])[0];
}
