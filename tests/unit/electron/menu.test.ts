// Runs in: vitest (Node). The Swedish application menu: labels, accelerators and commands.
import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { buildMenuTemplate } from '../../../electron/main/menu';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? flatten(item.submenu) : []),
  ]);
}

function setup(platform: NodeJS.Platform, devTools = false) {
  const send = vi.fn();
  const showAbout = vi.fn();
  const template = buildMenuTemplate({ platform, send, showAbout, devTools });
  const items = flatten(template);
  const byLabel = (label: string) => {
    const found = items.find((i) => i.label === label);
    if (!found) throw new Error(`no menu item ${label}`);
    return found;
  };
  const click = (label: string) => (byLabel(label).click as () => void)();
  return { template, items, byLabel, click, send, showAbout };
}

describe('buildMenuTemplate (Windows and Linux)', () => {
  const { template, byLabel, click, send, showAbout, items } = setup('win32');

  it('has the Swedish top menus in order', () => {
    expect(template.map((m) => m.label)).toEqual(['Arkiv', 'Redigera', 'Visa', 'Hjälp']);
  });

  it('has every item with Swedish labels', () => {
    const labels = items.map((i) => i.label).filter(Boolean);
    for (const label of [
      'Säkerhetskopiera nu',
      'Öppna databasfil…',
      'Avsluta',
      'Ångra',
      'Gör om',
      'Klipp ut',
      'Kopiera',
      'Klistra in',
      'Markera allt',
      'Sök',
      'Ladda om',
      'Helskärm',
      'Zooma in',
      'Zooma ut',
      'Återställ zoom',
      'Om Programverkstaden',
    ]) {
      expect(labels).toContain(label);
    }
    expect(labels).not.toContain('Utvecklarverktyg');
  });

  it('has the accelerators', () => {
    expect(byLabel('Sök').accelerator).toBe('CmdOrCtrl+K');
    expect(byLabel('Öppna databasfil…').accelerator).toBe('CmdOrCtrl+O');
    expect(byLabel('Ångra').accelerator).toBe('CmdOrCtrl+Z');
    expect(byLabel('Gör om').accelerator).toBe('Ctrl+Y');
    expect(byLabel('Kopiera').accelerator).toBe('CmdOrCtrl+C');
    expect(byLabel('Klistra in').accelerator).toBe('CmdOrCtrl+V');
    expect(byLabel('Klipp ut').accelerator).toBe('CmdOrCtrl+X');
    expect(byLabel('Markera allt').accelerator).toBe('CmdOrCtrl+A');
    expect(byLabel('Ladda om').accelerator).toBe('CmdOrCtrl+R');
    expect(byLabel('Helskärm').accelerator).toBe('F11');
    expect(byLabel('Avsluta').accelerator).toBe('Ctrl+Q');
  });

  it('uses Electron roles for editing, view and quit', () => {
    expect(byLabel('Ångra').role).toBe('undo');
    expect(byLabel('Markera allt').role).toBe('selectAll');
    expect(byLabel('Ladda om').role).toBe('reload');
    expect(byLabel('Helskärm').role).toBe('togglefullscreen');
    expect(byLabel('Zooma in').role).toBe('zoomIn');
    expect(byLabel('Avsluta').role).toBe('quit');
  });

  it('sends the renderer commands for backup, open and search, and shows About itself', () => {
    click('Säkerhetskopiera nu');
    click('Öppna databasfil…');
    click('Sök');
    expect(send.mock.calls.map((c) => c[0])).toEqual([
      'backup:now',
      'database:open',
      'search:open',
    ]);
    click('Om Programverkstaden');
    expect(showAbout).toHaveBeenCalledTimes(1);
  });
});

describe('buildMenuTemplate (macOS and development)', () => {
  it('puts the app menu first on macOS and quits from there', () => {
    const { template, byLabel } = setup('darwin');
    expect(template.map((m) => m.label)).toEqual([
      'Programverkstaden',
      'Arkiv',
      'Redigera',
      'Visa',
      'Hjälp',
    ]);
    expect(byLabel('Avsluta Programverkstaden').role).toBe('quit');
    expect(byLabel('Gör om').accelerator).toBe('Shift+Cmd+Z');
  });

  it('offers developer tools only while developing', () => {
    expect(setup('linux', true).byLabel('Utvecklarverktyg').role).toBe('toggleDevTools');
  });
});
