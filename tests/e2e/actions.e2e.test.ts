// Runs in: vitest (Node) → browser shell. Handlingsplan on the example municipality: an action made
// from a visit obstacle links both ways, an action is dropped with a reason, and the workshop view
// adds and edits actions with the people in the room recorded.
import { afterEach, describe, expect, it } from 'vitest';
import { generateActionsDemo } from '../../electron/core/actions/demo';
import { generateGoalsDemo } from '../../electron/core/goals/demo';
import type { Programme } from '../../shared/domain/process';
import type { Visit, VisitRow } from '../../shared/domain/visits';
import { startShell, type TestShell } from './shell';

let shell: TestShell | null = null;
afterEach(async () => {
  await shell?.dispose();
  shell = null;
});

const nav = (s: TestShell, name: string) =>
  s.page
    .getByRole('navigation', { name: 'Huvudmeny' })
    .getByRole('link', { name, exact: true })
    .click();

async function value<T>(s: TestShell, method: string, input: unknown): Promise<T> {
  const result = await s.app.dispatch(method, input);
  if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
  return result.value as T;
}

const today = () => new Date().toISOString().slice(0, 10);

/**
 * The example municipality with a current programme and its action plan. Creates what the demo
 * does not have yet (the programme, focus areas and goals, actions), so the test runs on any demo.
 */
async function openDemo(s: TestShell): Promise<Programme> {
  await s.page.getByRole('button', { name: /Öppna exempel/ }).click();
  await s.page.getByRole('navigation', { name: 'Huvudmeny' }).waitFor();
  let { programme } = await value<{ programme: Programme | null }>(s, 'programmes:current', {});
  if (!programme) {
    programme = await value<Programme>(s, 'programmes:create', {
      name: 'Näringslivsprogram 2026–2029',
      periodStart: '2026',
      periodEnd: '2029',
      makeCurrent: true,
    });
  }
  const db = s.app.ctx.db!;
  generateGoalsDemo(db, programme.id, today());
  generateActionsDemo(db, programme.id, today());
  return programme;
}

/** A demo visit with an obstacle no action has been made from yet. */
async function visitWithFreeObstacle(s: TestShell): Promise<{ visit: Visit; index: number }> {
  const page = await value<{ rows: VisitRow[] }>(s, 'visits:list', { limit: 200 });
  for (const row of page.rows.filter((r) => r.obstacleCount > 0)) {
    const links = await value<unknown[]>(s, 'actions:byOrigin', { kind: 'visit', refId: row.id });
    if (links.length > 0) continue;
    const visit = await value<Visit>(s, 'visits:get', { id: row.id });
    return { visit, index: 0 };
  }
  throw new Error('The demo has no visit obstacle without an action.');
}

describe('action plan', () => {
  it('makes an action from a visit obstacle, links it both ways and drops it with a reason', async () => {
    shell = await startShell();
    const { page } = shell;
    await openDemo(shell);

    await nav(shell, 'Handlingsplan');
    await page.getByRole('heading', { level: 1, name: 'Handlingsplan' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Kompetensförsörjning' }).waitFor();
    await page
      .getByText(/Saknar: /)
      .first()
      .waitFor();
    await page.getByText('Har stått still').first().waitFor();
    await page.getByRole('table', { name: 'Kompetensförsörjning' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Resurser per fokusområde' }).waitFor();
    await shell.shot('handlingsplan');

    // From the visit: "Skapa aktivitet" next to the obstacle opens the form prefilled.
    const { visit, index } = await visitWithFreeObstacle(shell);
    const obstacle = visit.obstacles[index]!;
    await page.evaluate(`location.hash = '#/visits/${visit.id}'`);
    await page.getByRole('heading', { level: 1, name: /Besök hos/ }).waitFor();
    await page.getByRole('link', { name: `Skapa aktivitet av hindret ”${obstacle.text}”` }).click();
    await page.getByRole('heading', { level: 1, name: 'Ny aktivitet' }).waitFor();
    const what = page.getByRole('textbox', { name: /^Vad ska göras/ });
    await expect.poll(() => what.inputValue()).toBe(obstacle.text);
    await expect
      .poll(() => page.evaluate('document.activeElement && document.activeElement.id'))
      .toBe(await what.getAttribute('id'));
    await page.getByText(`Från ett hinder vid besöket hos ${visit.companyName}`).waitFor();
    const title = `Åtgärda: ${obstacle.text}`;
    await what.fill(title);
    await page.getByRole('textbox', { name: /^Varför/ }).fill('Företaget tog upp det vid besöket.');
    await page.keyboard.press('Control+Enter');

    // Action → visit.
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    const origin = page.getByRole('link', {
      name: `Besök hos ${visit.companyName}, ${visit.visitDate}`,
    });
    expect(await origin.getAttribute('href')).toBe(`#/visits/${visit.id}`);
    await origin.click();
    // Visit → action.
    await page.getByRole('heading', { level: 1, name: /Besök hos/ }).waitFor();
    await page.getByRole('link', { name: new RegExp(`^Aktivitet: ${escape(title)}`) }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();

    // Drop it: a reason is required.
    await page.getByRole('button', { name: 'Ändra status' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ändra status' });
    await dialog.getByLabel('Ny status').selectOption('dropped');
    await dialog.getByRole('button', { name: 'Spara status' }).click();
    await dialog.getByText('Skriv varför aktiviteten valdes bort.').waitFor();
    await dialog
      .getByRole('textbox', { name: /^Varför valdes aktiviteten bort/ })
      .fill('Företaget löste det själv med en bemanningsfirma.');
    await dialog.getByRole('button', { name: 'Spara status' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText('Företaget löste det själv med en bemanningsfirma.').waitFor();
    await page.getByText('Valdes bort').first().waitFor();
    const links = await value<{ id: string; status: string }[]>(shell, 'actions:byOrigin', {
      kind: 'visit_obstacle',
      refId: obstacle.id,
    });
    expect(links).toEqual([expect.objectContaining({ status: 'dropped' })]);
    expect(shell.blockedRequests).toEqual([]);
  });

  it('adds and edits actions in the workshop view with the people in the room', async () => {
    shell = await startShell();
    const { page } = shell;
    const programme = await openDemo(shell);

    await nav(shell, 'Handlingsplan');
    await page.getByRole('link', { name: /Workshopläge/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Kompetensförsörjning' }).waitFor();
    await expect.poll(() => page.getByRole('navigation', { name: 'Huvudmeny' }).count()).toBe(0);
    await page.getByText(/Fokusområde 1 av \d+/).waitFor();
    await page.getByRole('button', { name: 'Nästa' }).click();
    await page.getByRole('heading', { level: 1, name: /Service/ }).waitFor();
    await page.getByRole('button', { name: 'Föregående' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kompetensförsörjning' }).waitFor();

    // Who is in the room: typed names with a role.
    const room = page.getByRole('complementary', { name: 'I rummet' });
    await room.getByLabel('Roll för nästa person').selectOption('politician');
    const person = room.getByRole('combobox', { name: 'Lägg till person' });
    await person.fill('Eva Politiker');
    await person.press('Enter');
    await room.getByLabel('Roll för nästa person').selectOption('company');
    await person.fill('Per Företagare');
    await person.press('Enter');
    await room.getByText('Per Företagare (Företag)').waitFor();

    // Quick add with the keyboard: what, who, when, Enter.
    const quick = page.getByRole('form', { name: 'Ny aktivitet' });
    await quick.getByRole('textbox', { name: /^Vad/ }).fill('Rekryteringsdag med gymnasiet');
    await quick.getByRole('combobox', { name: /^Vem/ }).fill('Rektorn');
    await quick.getByLabel('Klart senast').fill('2026-11-30');
    await quick.getByLabel('Klart senast').press('Enter');
    const item = page.getByRole('listitem').filter({ hasText: 'Rekryteringsdag med gymnasiet' });
    await item.waitFor();
    await expect(item.textContent()).resolves.toContain('Rektorn');
    await expect.poll(() => quick.getByRole('textbox', { name: /^Vad/ }).inputValue()).toBe('');

    // Inline edit.
    await item.getByRole('button', { name: /^Ändra/ }).click();
    const edit = page.getByRole('form', { name: 'Ändra ”Rekryteringsdag med gymnasiet”' });
    await edit.getByRole('textbox', { name: /^Vad/ }).fill('Rekryteringsdag med gymnasiet i mars');
    await edit.getByRole('textbox', { name: /^Vad/ }).press('Enter');
    await page
      .getByRole('listitem')
      .filter({ hasText: 'Rekryteringsdag med gymnasiet i mars' })
      .getByRole('button', { name: /^Ändra/ })
      .waitFor();
    await shell.shot('workshop');

    const list = await value<{ rows: { id: string; what: string; focusAreaName: string }[] }>(
      shell,
      'actions:list',
      { programmeId: programme.id, limit: 500 },
    );
    const added = list.rows.find((r) => r.what === 'Rekryteringsdag med gymnasiet i mars');
    expect(added?.focusAreaName).toBe('Kompetensförsörjning');
    const full = await value<{
      contributors: { name: string; role: string }[];
      origins: { kind: string }[];
    }>(shell, 'actions:get', { id: added!.id });
    expect(full.contributors).toEqual([
      expect.objectContaining({ name: 'Eva Politiker', role: 'politician' }),
      expect.objectContaining({ name: 'Per Företagare', role: 'company' }),
    ]);
    expect(full.origins.map((o) => o.kind)).toEqual(['workshop']);

    // Escape returns to the normal view.
    await page.getByRole('heading', { level: 1, name: 'Kompetensförsörjning' }).focus();
    await page.keyboard.press('Escape');
    await page.getByRole('heading', { level: 1, name: 'Handlingsplan' }).waitFor();
    await page.getByRole('navigation', { name: 'Huvudmeny' }).waitFor();
    expect(shell.blockedRequests).toEqual([]);
  });
});

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
