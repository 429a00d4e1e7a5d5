// Runs in: renderer. Reads the chosen file for the core. A data URL is base64 made natively by the
// browser, so a 10 MB file never goes through String.fromCharCode (which overflows the stack).
export function readFileAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('FileReader failed'));
    reader.readAsDataURL(file);
  });
}

const MAX_BYTES = 100 * 1024 * 1024;
const accepted = ['.csv', '.txt', '.xlsx'];

/** Why a file cannot be imported before it is even read (an i18n key), or null. */
export function fileProblem(file: { name: string; size: number }): string | null {
  const name = file.name.toLowerCase();
  if (!accepted.some((ext) => name.endsWith(ext))) return 'file.wrongType';
  if (file.size === 0) return 'file.empty';
  if (file.size > MAX_BYTES) return 'file.tooLarge';
  return null;
}
