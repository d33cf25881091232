// The desktop's "save as": the renderer hands over a file's bytes, the user picks where they go.
import { writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { z } from 'zod';
import { fail, ok, parseWith, type Result } from '../../shared/contract/errors';

/** What the renderer sends: a suggested file name and the bytes (at most 1 GiB). */
export const SaveFileRequest = z
  .object({
    name: z.string().min(1).max(255),
    data: z.instanceof(Uint8Array).refine((d) => d.byteLength <= 1024 ** 3, 'the file is larger than 1 GiB'),
  })
  .strict();

/** Asks where to save; resolves to the chosen path, or null when the user cancels. */
export type AskSavePath = (defaultPath: string) => Promise<string | null>;

/** Validates the request, asks for a path (suggesting the name in `folder`) and writes the bytes there. */
export async function saveFile(raw: unknown, folder: string, ask: AskSavePath): Promise<Result<boolean>> {
  const request = parseWith(SaveFileRequest, raw, 'file');
  if (!request.ok) return request;
  // Only the base name is a suggestion from the page; the folder and the final path are the user's.
  const path = await ask(join(folder, basename(request.value.name)));
  if (path === null) return ok(false);
  try {
    await writeFile(path, request.value.data);
    return ok(true);
  } catch (err) {
    return fail('internal', `could not write ${path}: ${(err as Error).message}`);
  }
}
