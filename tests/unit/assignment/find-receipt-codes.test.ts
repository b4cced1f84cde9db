import { describe, expect, it } from 'vitest';
import { findReceiptCodes, MAX_CODES } from '@/features/assignment/find-receipt-codes';
import { encodeReceiptCode } from '@/features/assignment/receipt-codec';
import { codeCheck } from '@/lib/wire/envelope';
import { toBase64url } from '@/lib/wire/base64url';
import { deflateText } from '@/lib/wire/deflate';
import { readFileSync } from 'node:fs';
import { realisticReceipt } from './arbitraries';

const code = await encodeReceiptCode(realisticReceipt);
const other = await encodeReceiptCode({ ...realisticReceipt, name: 'Ahmed Yusuf' });
const fixtureCode = (version: number) =>
  (
    JSON.parse(readFileSync(`tests/fixtures/wire/receipt-codes-v${version}.json`, 'utf8')) as {
      code: string;
    }[]
  )[0]!.code;
const v1 = fixtureCode(1);
const v2 = fixtureCode(2);
/** A receipt of part of an assignment, with the learner's e-mail address: a longer R3 code. */
const partial = await encodeReceiptCode({
  ...realisticReceipt,
  name: 'Ahmed Yusuf',
  learnerId: 'ahmed.yusuf@kommunen.se',
  assignment: { ...realisticReceipt.assignment, identifiedBy: 'email' },
  modules: [
    { id: 'what-is-corruption', status: 'passed', score: 0.9, passedOn: '2026-11-23' },
    { id: 'bribery-and-the-law', status: 'started', score: 0.5 },
    { id: 'procurement-risks', status: 'not-started' },
  ],
  madeOn: '2026-11-25',
  completedOn: undefined,
});

/** `text` hard-wrapped every `width` characters, as a mail client does, with `eol` line ends. */
const wrap = (text: string, width: number, eol = '\n') =>
  text.match(new RegExp(`.{1,${width}}`, 'gs'))!.join(eol);

const codes = (text: string) => findReceiptCodes(text).codes.map((c) => c.code);

describe('finding receipt codes in pasted text', () => {
  it('finds a code of today (R3) on its own, and codes of versions 1 and 2', () => {
    expect(code.startsWith('R3.')).toBe(true);
    expect(codes(code)).toEqual([code]);
    expect(codes(v1)).toEqual([v1]);
    expect(codes(v2)).toEqual([v2]);
    expect(findReceiptCodes(code).codes[0]).toEqual({ code, checked: true, line: 1 });
  });

  it('finds a code wrapped at 76 characters with LF, CRLF or CR, and inside a sentence', () => {
    for (const eol of ['\n', '\r\n', '\r']) {
      const mail = `Hej Anna, här är min kod: ${code} /Ahmed`;
      expect(codes(wrap(mail, 76, eol))).toEqual([code]);
      const progress = `Hej Anna, här är min kod: ${partial} så långt har jag kommit. /Ahmed`;
      expect(codes(wrap(progress, 76, eol))).toEqual([partial]);
    }
  });

  it('finds a code with spaces and tabs inside, and in a quoted reply', () => {
    const spaced = `${code.slice(0, 40)} ${code.slice(40, 90)}\t${code.slice(90)}`;
    expect(codes(`Min kod:\n${spaced}\nTack!`)).toEqual([code]);
    const reply = wrap(`Hej! Här är min kod: ${code}. Hälsningar Kim`, 76)
      .split('\n')
      .map((line) => `> > ${line}`)
      .join('\r\n');
    expect(codes(`Tack, jag har fått den.\r\n\r\nKim skrev:\r\n${reply}`)).toEqual([code]);
  });

  it('finds a code in a mail saved as a file, with quoted-printable soft line breaks', () => {
    const eml = [
      'Content-Type: text/plain; charset=utf-8',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      wrap(`H=C3=A4r =C3=A4r min kod: ${code} /Ahmed`, 75, '=\r\n'),
    ].join('\r\n');
    expect(codes(eml)).toEqual([code]);
  });

  it('finds every code in one paste, counts a code pasted twice once, and says on which line each starts', () => {
    const found = findReceiptCodes(
      [`Från Kim: ${code}`, '', wrap(other, 76), 'och igen:', code].join('\n'),
    );
    expect(found.codes.map((c) => [c.code, c.line])).toEqual([
      [code, 1],
      [other, 3],
    ]);
    expect(found.duplicates).toBe(1);
  });

  it('returns a cut-short code unchecked and still finds the code on the next line', () => {
    const found = findReceiptCodes(`${code.slice(0, 60)}\n${other}`);
    expect(found.codes).toEqual([
      { code: code.slice(0, 60), checked: false, line: 1 },
      { code: other, checked: true, line: 2 },
    ]);
  });

  it('returns a code with a changed character unchecked, whole', () => {
    const changed = code.slice(0, 50) + (code[50] === 'A' ? 'B' : 'A') + code.slice(51);
    expect(findReceiptCodes(`kod: ${changed} tack`).codes).toEqual([
      { code: changed, checked: false, line: 1 },
    ]);
  });

  it('finds a code of a version this build has never seen, by its shape alone', () => {
    const head = `R9.${toBase64url(deflateText('{"format":"mutkollen-receipt","version":9,"name":"Ny"}'))}`;
    const future = `${head}.${codeCheck(head)}`;
    expect(findReceiptCodes(wrap(`Här: ${future} /Ny`, 20)).codes).toEqual([
      { code: future, checked: true, line: 1 },
    ]);
  });

  it('leaves prose that merely looks a little like a code alone', () => {
    expect(codes('Se punkt R2. Sedan R1.3 och R12.a.b. Hej HR R0.abc.')).toEqual([]);
    expect(codes('')).toEqual([]);
  });

  it('reads 1 MB of text quickly, and stops at the most codes it returns', () => {
    const prose = 'Hej R2. Det här är en lång text med R och siffror 12. '.repeat(20_000);
    const started = performance.now();
    const found = findReceiptCodes(`${prose}${code}${prose}`);
    expect(found.codes.map((c) => c.code)).toEqual([code]);
    expect(performance.now() - started).toBeLessThan(3_000);

    const noise = 'R1.'.repeat(350_000);
    const start2 = performance.now();
    expect(findReceiptCodes(noise).codes).toEqual([]);
    expect(performance.now() - start2).toBeLessThan(3_000);

    const many = Array.from({ length: MAX_CODES + 5 }, (_, n) => {
      const head = `R9.${toBase64url(new TextEncoder().encode(`kod nummer ${n} `))}`;
      return `${head}.${codeCheck(head)}`;
    }).join('\n');
    const capped = findReceiptCodes(many);
    expect(capped.codes).toHaveLength(MAX_CODES);
    expect(capped.cut).toBe(true);
  });
});
