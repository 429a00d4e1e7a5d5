// Runs in: renderer. Short messages after saves and failures, with an undo button where it helps.
import {
  createContext,
  useCallback,
  useContext,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { useTranslation } from 'react-i18next';

interface Toast {
  id: number;
  kind: 'success' | 'error';
  message: string;
  undo?: () => void;
}

interface ToastApi {
  success(message: string, options?: { undo?: () => void }): void;
  error(message: string): void;
}

const ToastContext = createContext<ToastApi | null>(null);

export function ToastProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [toasts, setToasts] = useState<Toast[]>([]);
  const next = useRef(1);
  const dismiss = useCallback((id: number) => setToasts((ts) => ts.filter((x) => x.id !== id)), []);
  const push = useCallback(
    (toast: Omit<Toast, 'id'>) => {
      const id = next.current++;
      setToasts((ts) => [...ts.slice(-3), { ...toast, id }]);
      window.setTimeout(
        () => dismiss(id),
        toast.undo ? 10_000 : toast.kind === 'error' ? 8_000 : 4_000,
      );
    },
    [dismiss],
  );
  const api = useMemo<ToastApi>(
    () => ({
      success: (message, options) => push({ kind: 'success', message, undo: options?.undo }),
      error: (message) => push({ kind: 'error', message }),
    }),
    [push],
  );
  return (
    <ToastContext.Provider value={api}>
      {children}
      <div className="toasts" role="status" aria-live="polite">
        {toasts.map((toast) => (
          <div key={toast.id} className={`toast toast-${toast.kind}`} data-testid="toast">
            <span aria-hidden="true">{toast.kind === 'success' ? '✓' : '⚠'}</span>
            <span>{toast.message}</span>
            {toast.undo && (
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  toast.undo?.();
                  dismiss(toast.id);
                }}
              >
                {t('actions.undo')}
              </button>
            )}
            <button
              type="button"
              className="icon-button"
              aria-label={t('actions.close')}
              onClick={() => dismiss(toast.id)}
            >
              ×
            </button>
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  );
}

export function useToast(): ToastApi {
  const api = useContext(ToastContext);
  if (!api) throw new Error('useToast outside ToastProvider');
  return api;
}
