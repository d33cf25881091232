// Where the lab keeps its database: one resolver shared by the desktop app, browser mode and the CLI.
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

/** What decides the data directory, most specific first. */
export interface DataDirSources {
  /** `--data DIR` from the command line. */
  flag?: string | null;
  /** The environment (INIT_LAB_DATA, XDG_DATA_HOME are read). */
  env?: Record<string, string | undefined>;
  /** Electron's app.getPath('userData') when running as the desktop app. */
  userData?: string | null;
  /** The home directory (defaults to os.homedir()). */
  home?: string;
}

/** The database file's name inside the data directory. */
export const DATABASE_FILE = 'init-lab.sqlite';

/** The data directory: `--data`, then INIT_LAB_DATA, then Electron's userData, then $XDG_DATA_HOME/init-lab, then ~/.local/share/init-lab. */
export function resolveDataDir(sources: DataDirSources = {}): string {
  const env = sources.env ?? process.env;
  if (sources.flag) return resolve(sources.flag);
  if (env.INIT_LAB_DATA) return resolve(env.INIT_LAB_DATA);
  if (sources.userData) return resolve(sources.userData);
  if (env.XDG_DATA_HOME) return resolve(env.XDG_DATA_HOME, 'init-lab');
  return join(sources.home ?? homedir(), '.local', 'share', 'init-lab');
}

/** The database path inside a data directory. */
export function databasePath(dataDir: string): string {
  return join(dataDir, DATABASE_FILE);
}
