// Runs in: Node. Where the app keeps its data when no folder is given: the same place Electron's
// userData would be, so both shells share one database.
import { homedir } from 'node:os';
import { join } from 'node:path';

export function defaultDataDir(
  platform: NodeJS.Platform = process.platform,
  env = process.env,
): string {
  if (env.PV_DATA_DIR) return env.PV_DATA_DIR;
  if (platform === 'win32')
    return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Programverkstaden');
  if (platform === 'darwin')
    return join(homedir(), 'Library', 'Application Support', 'Programverkstaden');
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'Programverkstaden');
}
