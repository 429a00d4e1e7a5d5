// Runs in: renderer. Checks a chosen file before it is read, so a wrong or huge file is refused at
// once; the core checks the contents again.
export const MAX_LOGO_BYTES = 2 * 1024 * 1024;
export const MAX_TEMPLATE_BYTES = 15 * 1024 * 1024;

export const isWordFile = (name: string): boolean => /\.(docx|dotx)$/i.test(name);

export { readFileAsBase64 } from '../importer/readFile';
