import { describe, expect, it } from 'vitest';
import { csvText, decimalComma, textCell, toCsv } from '@/lib/csv';

describe('CSV for Swedish Excel', () => {
  const csv = toCsv([
    ['Namn', 'Resultat (%)'],
    ['Åsa Öberg', 77.777],
    ['Kim "KJ" Lind; HR', 100],
    ['Två\nrader', null],
  ]);

  it('starts with a byte order mark and ends every line with CRLF', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1).split('\r\n')).toHaveLength(5);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/(?<!Två)\n/);
  });

  it('separates fields with semicolons and writes numbers with a decimal comma', () => {
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe('Namn;Resultat (%)');
    expect(lines[1]).toBe('Åsa Öberg;77,8');
    expect(lines[2]).toBe('"Kim ""KJ"" Lind; HR";100');
  });

  it('quotes a field with a line break, and leaves an empty cell empty', () => {
    expect(csv.slice(1).split('\r\n')[3]).toBe('"Två\nrader";');
  });

  it('rounds decimals and never writes a point', () => {
    expect(decimalComma(0.5)).toBe('0,5');
    expect(decimalComma(66.666, 2)).toBe('66,67');
    expect(decimalComma(90)).toBe('90');
    expect(decimalComma(-0.01)).toBe('0');
    expect(decimalComma(Number.NaN)).toBe('');
  });

  it('keeps text that looks like a formula from running', () => {
    expect(csvText('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvText('+46 8 123')).toBe("'+46 8 123");
    expect(csvText(' leading space')).toBe('" leading space"');
    expect(csvText('vanlig text')).toBe('vanlig text');
  });

  it('writes identifiers and checksums as text formulas, so Excel keeps them as text', () => {
    const line = toCsv([[textCell('0012'), textCell('00e00'), textCell('a"b'), 'Kim']]).slice(1);
    expect(line).toBe('"=""0012""";"=""00e00""";"=""a""""b""";Kim\r\n');
  });

  it('keeps whatever a text cell holds inside its string, and never makes a name a formula', () => {
    const [cell, name] = toCsv([[textCell('";=1+1;"'), '="0012"']])
      .slice(1, -2)
      .split(/;(?=[^;]*$)/);
    // Unquoted by the CSV reader, the cell is one string formula whose value is the text.
    expect(cell).toBe('"="""""";=1+1;"""""""');
    expect(cell!.slice(1, -1).replace(/""/g, '"')).toBe('=""";=1+1;"""');
    expect(name).toBe('"\'=""0012"""');
  });
});
