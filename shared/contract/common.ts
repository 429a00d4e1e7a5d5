// Runs in: everywhere. Schema pieces shared by several features.
import { z } from 'zod';

export const id = z.string().min(1).max(64);
export const byId = z.object({ id });
export const empty = z.object({}).strict();
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Ange datum som ÅÅÅÅ-MM-DD')
  .refine((s) => {
    // Date.parse rolls 2027-02-30 over to March: the date must survive the round trip.
    const date = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === s;
  }, 'Datumet finns inte');
export const shortText = z.string().trim().max(300);
export const longText = z.string().max(100_000);
export const optionalText = z.string().trim().max(300).optional().default('');
export const paging = {
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(50),
};
export const email = z
  .string()
  .trim()
  .max(200)
  .refine((s) => s === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(s), 'Ogiltig e-postadress')
  .optional()
  .default('');
