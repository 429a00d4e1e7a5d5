// Runs in: renderer. Creating the document: a final version with missing data is confirmed first,
// then the core writes it and the file is handed over as a download.
import { useState } from 'react';
import type { ExportResult } from '../../../../shared/domain/export';
import type { AppError } from '../../../../shared/errors';
import { call } from '../../api/client';
import { mutate, toAppError } from '../../ui/useQuery';
import { downloadBase64 } from './download';
import type { ExportInput } from './exportChoice';

export interface Confirmation {
  input: ExportInput;
  missing: string[];
}

export function useCreateDocument() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const [created, setCreated] = useState<ExportResult | null>(null);
  const [confirming, setConfirming] = useState<Confirmation | null>(null);

  const create = async (input: ExportInput) => {
    setConfirming(null);
    setBusy(true);
    const result = await mutate('export:document', input);
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    downloadBase64(result.value.fileName, result.value.contentBase64);
    setCreated(result.value);
  };

  /** Creates at once, or asks first when a final version lacks data. */
  const start = async (input: ExportInput) => {
    setError(null);
    setCreated(null);
    if (input.draft) return create(input);
    // Asked afresh: the preview on screen may still be catching up with the last change.
    setBusy(true);
    try {
      const check = await call('export:preview', input);
      setBusy(false);
      if (check.missing.length > 0) setConfirming({ input, missing: check.missing });
      else await create(input);
    } catch (err) {
      setBusy(false);
      setError(toAppError(err));
    }
  };

  return {
    busy,
    error,
    created,
    confirming,
    start,
    confirm: () => confirming && create(confirming.input),
    cancel: () => setConfirming(null),
    /** Forgets the last result when the choice changes. */
    reset: () => {
      setCreated(null);
      setError(null);
    },
  };
}
