// Browser mode's runtime file: one token (and the last port) per data directory, readable by its owner only.
// Like Jupyter's runtime files, it lets the printed URL, a bookmark and an open tab outlive a restart.
import { chmodSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { createToken } from './token';

/** The file's name inside the data directory. */
export const SERVE_STATE_FILE = 'browser-mode.json';

/** What the file holds: the token every start reuses and the port last listened on. */
const ServeStateSchema = z.object({
  token: z.string().regex(/^[\w-]{32,}$/),
  port: z.number().int().min(1).max(65535).nullable(),
});

/** The remembered state of browser mode in one data directory. */
export type ServeState = z.infer<typeof ServeStateSchema>;

/** The runtime file's path in a data directory. */
export function serveStatePath(dataDir: string): string {
  return join(dataDir, SERVE_STATE_FILE);
}

/** The remembered state, or null when there is none or it cannot be read (a fresh one is then made). */
export function readServeState(dataDir: string): ServeState | null {
  try {
    const parsed = ServeStateSchema.safeParse(JSON.parse(readFileSync(serveStatePath(dataDir), 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Writes the state with mode 0600 (through a temporary file, so a crash never leaves half a token). */
export function writeServeState(dataDir: string, state: ServeState): void {
  mkdirSync(dataDir, { recursive: true });
  const path = serveStatePath(dataDir);
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, `${JSON.stringify(state)}\n`, { mode: 0o600 });
  // the mode given to writeFileSync is masked by the umask and ignored for an existing file
  chmodSync(temp, 0o600);
  renameSync(temp, path);
}

/** The token a start uses: the remembered one, or a new one when there is none or `rotate` asks for it. */
export function startToken(dataDir: string, rotate: boolean): { token: string; port: number | null; rotated: boolean } {
  const state = rotate ? null : readServeState(dataDir);
  if (state) return { token: state.token, port: state.port, rotated: false };
  return { token: createToken(), port: readServeState(dataDir)?.port ?? null, rotated: true };
}

/** The file's permission bits (for tests and `doctor`-style checks); null when absent. */
export function serveStateMode(dataDir: string): number | null {
  try {
    return statSync(serveStatePath(dataDir)).mode & 0o777;
  } catch {
    return null;
  }
}
