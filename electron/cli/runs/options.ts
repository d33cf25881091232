// Options every store command shares.
import { Option } from 'commander';

/** `--data DIR`: the store's data directory. */
export function dataOption(): Option {
  return new Option('--data <dir>', 'data directory of the store (default: $INIT_LAB_DATA, else $XDG_DATA_HOME/init-lab or ~/.local/share/init-lab)');
}

/** `--json`: one JSON document on stdout. */
export function jsonOption(): Option {
  return new Option('--json', 'print one JSON document on stdout instead of text');
}
