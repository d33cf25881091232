// The app's way to save a file, provided once at the root (desktop dialog or browser download).
import { inject, provide, type InjectionKey } from 'vue';
import { browserDownload, type SaveFile } from '../lib/charts/download';

const KEY: InjectionKey<SaveFile> = Symbol('saveFile');

/** Makes `save` the file saver of every descendant component. */
export function provideSaveFile(save: SaveFile): void {
  provide(KEY, save);
}

/** The file saver in effect (a browser download when none was provided). */
export function useSaveFile(): SaveFile {
  return inject(KEY, browserDownload);
}
