// Puts a file where the user chooses: the desktop's save dialog when the preload offers one, else a browser download.

/** A file-saving function: the desktop passes its save dialog; the default downloads in the browser. */
export type SaveFile = (name: string, data: Blob) => Promise<void>;

/** Saves a blob by clicking a temporary download link. */
export const browserDownload: SaveFile = async (name, data) => {
  const url = URL.createObjectURL(data);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
};

/** A file name made safe for every file system: "He (n=3)" → "he-n-3". */
export function slugify(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[^\w\s.-]/g, ' ')
    .trim()
    .replace(/[\s_]+/g, '-')
    .replace(/-+/g, '-')
    .toLowerCase()
    .slice(0, 80) || 'export';
}
