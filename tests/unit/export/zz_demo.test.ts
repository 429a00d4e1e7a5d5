import { it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { makeTestContext } from '../helpers/testContext';
import { generateDemo, demoSettings } from '../../../electron/core/demo';
import { updateSettings } from '../../../electron/core/settings';
import { exportDocument } from '../../../electron/core/export/service';
import { exportRequest } from '../../../shared/contract/export';
it('demo', async () => {
  const ctx = makeTestContext();
  console.log(generateDemo(ctx.db!, { size: 'demo', today: '2027-05-02' }));
  updateSettings(ctx.db!, demoSettings);
  const r = await exportDocument(ctx.db!, exportRequest.parse({ document: 'besoksrapport', from: '2026-05-01', to: '2027-04-30', dnr: 'KS 2027/118' }), '2027-05-02');
  writeFileSync('/tmp/pvx/out/demo.docx', r.buffer);
  const r2 = await exportDocument(ctx.db!, exportRequest.parse({ document: 'besoksrapport', from: '2026-05-01', to: '2027-04-30', internal: true, draft: true }), '2027-05-02');
  writeFileSync('/tmp/pvx/out/demo-int.docx', r2.buffer);
  console.log(r.missing, r.fileName);
  ctx.cleanup();
});
