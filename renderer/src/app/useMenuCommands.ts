// Runs in: renderer. What the Electron application menu's commands do (absent in the browser shell).
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { MenuCommand } from '../../../shared/bridge';
import { desktop } from '../api/client';
import { useToast } from '../ui/Toasts';
import { mutate } from '../ui/useQuery';

export function useMenuCommands(openSearch: () => void): void {
  const { t } = useTranslation();
  const toast = useToast();
  useEffect(() => {
    const { onMenu, pickDatabaseFile } = desktop();
    if (!onMenu) return undefined;
    return onMenu((command: MenuCommand) => {
      if (command === 'search:open') openSearch();
      else if (command === 'backup:now') {
        void mutate('backups:create', {}).then((r) =>
          r.ok
            ? toast.success(t('menu.backupDone'))
            : toast.error(t('toast.failed', { message: r.error.message })),
        );
      } else if (command === 'database:open' && pickDatabaseFile) {
        void pickDatabaseFile().then(async (path) => {
          if (!path) return;
          const r = await mutate('app:openDatabase', { path });
          if (r.ok) window.location.reload();
          else toast.error(t('toast.failed', { message: r.error.message }));
        });
      }
    });
  }, [openSearch, t, toast]);
}
