/**
 * The traps issue 10 found in the wire formats, one test each: links carried
 * modules as one digit each (eight modules were refused, an eleventh read as
 * modules 2 and 1), and suspend data stored the language as one bit.
 */
import { describe, expect, it } from 'vitest';
import type { AssignmentDraft } from '@/features/assignment/assignment-draft';
import { decodeAssignment, encodeAssignment } from '@/features/assignment/assignment-link';
import { buildReceipt } from '@/features/assignment/receipt';
import { decodeReceiptCode, encodeReceiptCode } from '@/features/assignment/receipt-codec';
import { decodeSuspendData, encodeSuspendData, toSavedState } from '@/lms/suspend-data';
import { emptyState } from '@/store/persisted-fields';
import type { PersistedState } from '@/store/schema';
import { finishedAttempt, seeded, T0 } from '../lms/course';
import { twelveIndex, twelveModuleIds, twelveModules } from './twelve-modules';

const draft = (modules: string[]): AssignmentDraft => ({
  title: 'Alla moduler',
  organisation: 'Kommunen',
  contact: '',
  modules,
  passMark: 0.8,
});

async function roundTrip(modules: string[]) {
  const code = await encodeAssignment(draft(modules));
  const decoded = await decodeAssignment(code);
  return { code, modules: decoded.ok ? decoded.assignment.modules : decoded.reason };
}

describe('links name modules by id', () => {
  it('encodes and decodes an assignment of eight modules', async () => {
    const eight = twelveModuleIds.slice(0, 8);
    expect((await roundTrip(eight)).modules).toEqual(eight);
  });

  it('never reads module 11 as modules 2 and 1, with eleven modules or with module 11 alone', async () => {
    const eleven = twelveModuleIds.slice(0, 11);
    expect((await roundTrip(eleven)).modules).toEqual(eleven);
    const onlyEleventh = await roundTrip([twelveModuleIds[10]!]);
    expect(onlyEleventh.modules).toEqual([twelveModuleIds[10]]);
    expect(onlyEleventh.modules).not.toEqual([twelveModuleIds[1], twelveModuleIds[0]]);
  });

  it('keeps the order assigned, for every module of a twelve-module course', async () => {
    const all = [...twelveModuleIds].reverse();
    const { code, modules } = await roundTrip(all);
    console.info(`Link code for all twelve modules: ${code.length} characters`);
    expect(modules).toEqual(all);
  });
});

describe('the language travels as its code', () => {
  function stateIn(language: string): PersistedState {
    const state = emptyState();
    state.settings = { language, learnerName: 'Amal', updatedAt: T0 } as PersistedState['settings'];
    const module = twelveModules[11]!;
    state.quizzes[module.id] = [finishedAttempt(module, seeded(1), T0, 1)];
    return state;
  }

  it('comes back from suspend data as the same code, for any language', () => {
    for (const language of ['sv', 'en', 'ar', 'sv-x-easy']) {
      const text = encodeSuspendData(stateIn(language), twelveIndex);
      const back = decodeSuspendData(text, twelveIndex)!;
      expect(back.settings.language).toBe(language);
      expect(back.quizzes[twelveModules[11]!.id]).toHaveLength(1);
    }
  });

  it('leaves the store its own language when it does not know the saved one, keeping the rest', () => {
    const back = decodeSuspendData(encodeSuspendData(stateIn('ar'), twelveIndex), twelveIndex)!;
    const saved = toSavedState(back, 'en')!;
    expect(saved.settings).toEqual({
      language: 'en',
      learnerName: 'Amal',
      updatedAt: back.settings.updatedAt,
    });
    expect(saved.quizzes).toEqual(back.quizzes);
  });

  it('is in the receipt', async () => {
    const module = twelveModules[11]!;
    const receipt = buildReceipt({
      assignment: { ...draft([module.id]), id: 'link-ABCDEFG', acceptedAt: T0 },
      quizzes: stateIn('ar').quizzes,
      modules: {},
      name: 'Amal',
      language: 'ar',
      courseVersion: '0.2.0',
    })!;
    const decoded = await decodeReceiptCode(await encodeReceiptCode(receipt));
    expect(decoded.ok && decoded.receipt.language).toBe('ar');
  });
});
