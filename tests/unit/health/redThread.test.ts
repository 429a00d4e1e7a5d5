// Runs in: vitest (Node). The red-thread check lists the red thread module's breaks with the
// place where each is fixed.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeHealthHarness, type HealthHarness } from './fixtures';

let h: HealthHarness;
beforeEach(() => {
  h = makeHealthHarness();
});
afterEach(() => h.ctx.cleanup());

describe('red-thread-breaks', () => {
  it('lists a focus area without a goal with a link that preselects the area', () => {
    h.run("UPDATE programmes SET why_text = 'Växa', vision_text = 'Bästa orten'");
    h.focusArea('fa1', 'Kompetens', { responsible_name: 'Lena Ek', why: 'Brist på folk' });
    const found = h.check('red-thread-breaks');
    expect(found.status).toBe('attention');
    const item = found.items.find((i) => i.route.join('/') === 'goals/new');
    expect(item?.query).toBe('area=fa1');
    expect(item?.label.sv).toMatch(/^Kompetens – /);
  });
});
