import { describe, expect, it } from 'vitest';
import {
  contactAddress,
  MAX_MAILTO_CHARS,
  receiptMailto,
} from '@/features/assignment/receipt-mail';
import { encodeReceiptCode } from '@/features/assignment/receipt-codec';
import { setupI18n } from '../render';
import { courseModuleIds, realisticReceipt } from './arbitraries';

describe('the address in an assignment’s contact', () => {
  it('finds one address, alone or with a name, and none in a name or a phone number', () => {
    expect(contactAddress('hr@kommunen.se')).toBe('hr@kommunen.se');
    expect(contactAddress('Anna Lind <anna.lind@sodra-vard.se>')).toBe('anna.lind@sodra-vard.se');
    expect(contactAddress('Anna Lind, anna.lind+kurs@kommun.se')).toBe('anna.lind+kurs@kommun.se');
    expect(contactAddress('Anna Lind, HR')).toBeNull();
    expect(contactAddress('08-123 45 67')).toBeNull();
    expect(contactAddress('anna@localhost')).toBeNull();
    expect(contactAddress('a@kommun.se eller b@kommun.se')).toBeNull();
    expect(contactAddress(undefined)).toBeNull();
  });
});

describe('the mailto link of a receipt', () => {
  it('encodes the address, subject and body with encodeURIComponent, line breaks as CRLF', () => {
    expect(
      receiptMailto({
        to: 'anna.lind+kurs@kommun.se',
        subject: 'Kvitto: Jäv & mutor – hösten?',
        body: 'Hej!\n\nR2.ab-c_9.XyZ1234\n\nHälsningar\nKim',
      }),
    ).toBe(
      'mailto:anna.lind%2Bkurs@kommun.se' +
        '?subject=Kvitto%3A%20J%C3%A4v%20%26%20mutor%20%E2%80%93%20h%C3%B6sten%3F' +
        '&body=Hej!%0D%0A%0D%0AR2.ab-c_9.XyZ1234%0D%0A%0D%0AH%C3%A4lsningar%0D%0AKim',
    );
  });

  it('fits the longest realistic receipt in the learner’s language, and refuses a longer link', async () => {
    const i18n = await setupI18n('sv');
    const t = i18n.getFixedT('sv', 'assignment');
    const title =
      'Grundutbildning om mutor, jäv och korruption för chefer i Södra Vårdförvaltningen, hösten 2026';
    const receipt = {
      ...realisticReceipt,
      name: 'Maria-Josefina Åkerlund Öhrström-Lindqvist',
      assignment: {
        ...realisticReceipt.assignment,
        title,
        organisation: 'Södra Vårdförvaltningen, avdelningen för ekonomi och upphandling, HR',
      },
      modules: courseModuleIds.map((id, n) => ({
        id,
        status: 'passed' as const,
        score: (n + 3) / 17,
        passedOn: `2026-11-${10 + n}`,
      })),
    };
    const code = await encodeReceiptCode(receipt);
    const href = receiptMailto({
      to: 'anna-karin.lindqvist-ostberg@sodravardforvaltningen.se',
      subject: t('receipt.mail.subject', { title }),
      body: t('receipt.mail.body', { code, name: receipt.name }),
    });
    expect(href).not.toBeNull();
    expect(href!.length).toBeLessThan(MAX_MAILTO_CHARS);
    expect(decodeURIComponent(new URL(href!).searchParams.get('body') ?? '')).toContain(code);
    expect(receiptMailto({ to: 'a@b.se', subject: 'x', body: 'R'.repeat(MAX_MAILTO_CHARS) })).toBe(
      null,
    );
  });
});
