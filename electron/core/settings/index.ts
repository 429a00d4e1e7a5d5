// Runs in: main process / Node. What other core code uses from settings.
export { getSetting, setSetting } from './queries';
export { defaultSettings, getSettings, updateSettings } from './settings';
export { listLocalities, setLocalities, sortSwedish } from './localities';
