// Runs in: vitest (Node). Interview guides (ordered questions) and interviews (answers that keep
// the question as asked, themes, search, soft delete).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTestContext, type TestContext } from '../helpers/testContext';
import {
  guideAndInterview,
  insertCompany,
  insertProgramme,
  makeCaller,
  type Caller,
} from '../insights/fixtures';

let ctx: TestContext;
let api: Caller;

beforeEach(() => {
  ctx = makeTestContext();
  api = makeCaller(ctx);
});
afterEach(() => ctx.cleanup());

describe('interview guides', () => {
  it('keeps the questions in the order given and their ids when they move', async () => {
    const guide = await api.call('interviewGuides:create', {
      name: 'Grundfrågor',
      description: 'Till alla företag',
      questions: [{ text: 'Första' }, { text: 'Andra' }, { text: 'Tredje' }],
    });
    expect(guide.questions.map((q) => [q.text, q.position])).toEqual([
      ['Första', 0],
      ['Andra', 1],
      ['Tredje', 2],
    ]);
    const [first, second, third] = guide.questions;
    const moved = await api.call('interviewGuides:update', {
      id: guide.id,
      name: 'Grundfrågor',
      questions: [
        { id: third!.id, text: 'Tredje' },
        { id: first!.id, text: 'Första, omskriven' },
        { text: 'Ny fråga' },
      ],
    });
    expect(moved.questions.map((q) => q.text)).toEqual(['Tredje', 'Första, omskriven', 'Ny fråga']);
    expect(moved.questions[0]!.id).toBe(third!.id);
    expect(moved.questions[1]!.id).toBe(first!.id);
    expect(moved.questions.map((q) => q.id)).not.toContain(second!.id);
    const listed = await api.call('interviewGuides:list', {});
    expect(listed).toMatchObject({ total: 1, rows: [{ name: 'Grundfrågor', questionCount: 3 }] });
  });

  it('refuses a guide without a name or with an empty question, in Swedish', async () => {
    const error = await api.fail('interviewGuides:create', {
      name: ' ',
      questions: [{ text: 'Bra fråga' }, { text: '' }],
    });
    expect(error.code).toBe('VALIDATION');
    expect(error.fields).toMatchObject({
      name: 'Ge guiden ett namn',
      'questions.1.text': 'Skriv frågan eller ta bort raden',
    });
  });

  it('moves a guide to the trash and back', async () => {
    const guide = await api.call('interviewGuides:create', { name: 'Tillfällig' });
    await api.call('interviewGuides:delete', { id: guide.id });
    expect((await api.call('interviewGuides:list', {})).total).toBe(0);
    expect((await api.fail('interviewGuides:get', { id: guide.id })).code).toBe('NOT_FOUND');
    await api.call('interviewGuides:restore', { id: guide.id });
    expect((await api.call('interviewGuides:get', { id: guide.id })).name).toBe('Tillfällig');
  });
});

describe('interviews', () => {
  it('copies the question text into the answers, so a later guide edit leaves them alone', async () => {
    const { guide, interview } = await guideAndInterview(api);
    expect(interview.answers.map((a) => a.questionText)).toEqual(
      guide.questions.map((q) => q.text),
    );
    expect(interview.answerCount).toBe(2);
    expect(interview.guideName).toBe('Grundfrågor 2026');

    await api.call('interviewGuides:update', {
      id: guide.id,
      name: guide.name,
      questions: [
        { id: guide.questions[0]!.id, text: 'Vad är det bästa med orten?' },
        { id: guide.questions[2]!.id, text: 'Vad borde kommunen göra först?' },
      ],
    });
    const again = await api.call('interviews:get', { id: interview.id });
    expect(again.answers.map((a) => a.questionText)).toEqual([
      'Vad är bäst med att driva företag här?',
      'Vad hindrar er från att växa?',
      'Vad borde kommunen göra först?',
    ]);
    // The removed question's answer stays, no longer linked to the guide.
    expect(again.answers[1]!.questionId).toBeNull();

    // Saving the interview again keeps the answers' ids and their text as asked.
    const saved = await api.call('interviews:update', {
      id: interview.id,
      guideId: guide.id,
      date: '2026-02-10',
      intervieweeName: 'Åsa Öberg',
      answers: again.answers.map((a) => ({
        id: a.id,
        questionId: a.questionId,
        questionText: 'ändrad i formuläret',
        answer: `${a.answer} (rättat)`,
      })),
    });
    expect(saved.answers.map((a) => a.id)).toEqual(again.answers.map((a) => a.id));
    expect(saved.answers[0]!.questionText).toBe('Vad är bäst med att driva företag här?');
    expect(saved.answers[0]!.answer).toBe('Lojal personal och korta beslutsvägar. (rättat)');
    // A free question (no longer in the guide) can be reworded.
    expect(saved.answers[1]!.questionText).toBe('ändrad i formuläret');
  });

  it('takes free questions, needs their text, and links company and programme', async () => {
    const company = insertCompany(ctx.db!, 'Ängsbo Bageri');
    const current = insertProgramme(ctx.db!, 'Näringslivsprogram 2026–2030', true);
    const error = await api.fail('interviews:create', {
      date: '2026-03-01',
      intervieweeName: 'Per Ek',
      answers: [{ questionText: '', answer: 'Något' }],
    });
    expect(error.fields).toMatchObject({ 'answers.0.questionText': expect.any(String) });
    const interview = await api.call('interviews:create', {
      date: '2026-03-01',
      intervieweeName: 'Per Ek',
      companyId: company,
      confidential: true,
      themes: ['Lokaler', 'lokaler', ' Mark '],
      answers: [{ questionText: 'Hur går det?', answer: 'Bra, men lokalerna är för små.' }],
    });
    expect(interview).toMatchObject({
      companyName: 'Ängsbo Bageri',
      programmeId: current,
      confidential: true,
      themes: ['Lokaler', 'Mark'],
      answers: [{ questionId: null, questionText: 'Hur går det?' }],
    });
    expect(await api.call('interviews:themes', {})).toEqual([
      { theme: 'Lokaler', count: 1 },
      { theme: 'Mark', count: 1 },
    ]);
    const missing = await api.fail('interviews:create', {
      date: '2026-03-01',
      intervieweeName: 'Per Ek',
      companyId: 'finns-inte',
    });
    expect(missing.fields).toMatchObject({ companyId: 'Företaget finns inte i registret.' });
  });

  it('lists newest first with filters, finds answers in search, and leaves it when trashed', async () => {
    const { guide, interview } = await guideAndInterview(api);
    await api.call('interviews:create', {
      date: '2025-11-03',
      intervieweeName: 'Karl Berg',
      themes: ['Turism'],
    });
    const all = await api.call('interviews:list', {});
    expect(all.rows.map((r) => r.intervieweeName)).toEqual(['Åsa Öberg', 'Karl Berg']);
    expect((await api.call('interviews:list', { guideId: guide.id })).total).toBe(1);
    expect((await api.call('interviews:list', { theme: 'Turism' })).rows[0]!.intervieweeName).toBe(
      'Karl Berg',
    );
    expect((await api.call('interviews:list', { from: '2026-01-01' })).total).toBe(1);

    const hits = await api.call('search:global', { query: 'lastbilschaufförer' });
    expect(hits).toMatchObject([
      { kind: 'interview', id: interview.id, title: 'Åsa Öberg, Öbergs Åkeri AB' },
    ]);

    await api.call('interviews:delete', { id: interview.id });
    expect((await api.call('interviews:list', {})).total).toBe(1);
    expect(await api.call('search:global', { query: 'lastbilschaufförer' })).toEqual([]);
    await api.call('interviews:restore', { id: interview.id });
    expect((await api.call('search:global', { query: 'lastbilschaufförer' })).length).toBe(1);
  });
});
