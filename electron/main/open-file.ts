// The desktop's "open file": the renderer asks for one file by a title (which file it wants), the user picks it in a
// native dialog; only the chosen path comes back, and the service reads the file itself (data.describeIdx).
import { z } from 'zod';
import { ok, parseWith, type Result } from '../../shared/contract/errors';

/** What the renderer sends: the dialog's title, naming the file it asks for. */
export const OpenFileRequest = z.strictObject({ title: z.string().min(1).max(200) });

/** Shows the dialog; resolves to the chosen path, or null when the user cancels. */
export type AskOpenPath = (title: string) => Promise<string | null>;

/** Validates the request and asks for a file; the answer is its path, or null when cancelled. */
export async function openFile(raw: unknown, ask: AskOpenPath): Promise<Result<string | null>> {
  const request = parseWith(OpenFileRequest, raw, 'file');
  if (!request.ok) return request;
  return ok(await ask(request.value.title));
}
