// Runs an export operation and saves the file it returns, with a busy flag and an error message.
import { ref, type Ref } from 'vue';
import type { Result } from '../../../shared/contract/errors';
import type { ExportFile } from '../../../shared/contract/records';
import type { SaveFile } from '../lib/charts/download';

/** What useExportFile returns. */
export interface UseExportFileReturn {
  busy: Ref<boolean>;
  error: Ref<string>;
  run(produce: () => Promise<Result<ExportFile>>): Promise<boolean>;
}

/** Saves what `produce` returns through `save`; errors are kept in `error` rather than thrown. */
export function useExportFile(save: SaveFile): UseExportFileReturn {
  const busy = ref(false);
  const error = ref('');
  return {
    busy,
    error,
    async run(produce) {
      busy.value = true;
      error.value = '';
      try {
        const res = await produce();
        if (!res.ok) {
          error.value = res.error.message;
          return false;
        }
        await save(res.value.fileName, new Blob([res.value.text], { type: res.value.mimeType }));
        return true;
      } catch (e) {
        error.value = e instanceof Error ? e.message : String(e);
        return false;
      } finally {
        busy.value = false;
      }
    },
  };
}
