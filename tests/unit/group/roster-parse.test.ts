import { describe, expect, it } from 'vitest';
import { parseRoster } from '@/features/group/roster-parse';

describe('reading a roster', () => {
  it('reads an Excel export with a Swedish header, semicolons, a BOM and CRLF', () => {
    const text =
      '\uFEFFNamn;E-postadress;Anställningsnummer\r\nÅsa Öberg;Asa.Oberg@Kommun.se;a 123\r\nBo Ek;bo.ek@kommun.se;A124\r\n';
    const read = parseRoster(text, 'employee-number');
    expect(read.header).toBe(true);
    expect(read.problems).toEqual([]);
    expect(read.entries).toEqual([
      { name: 'Åsa Öberg', email: 'asa.oberg@kommun.se', identifier: 'A123' },
      { name: 'Bo Ek', email: 'bo.ek@kommun.se', identifier: 'A124' },
    ]);
  });

  it('reads cells copied from Excel (tabs) with an English header in another order', () => {
    const read = parseRoster('Email\tFirst name\tLast name\nkim@x.se\tKim\tLind\n', 'email');
    expect(read.entries).toEqual([{ name: 'Kim Lind', email: 'kim@x.se', identifier: 'kim@x.se' }]);
  });

  it('reads commas, quoted fields with separators, doubled quotes and line breaks inside', () => {
    const text = 'name,mail\n"Lind, Kim ""KJ""",kim@x.se\n"Anna\nKarlsson",anna@x.se\nBo,bo@x.se';
    const read = parseRoster(text, 'email');
    expect(read.entries.map((e) => e.name)).toEqual(['Lind, Kim "KJ"', 'Anna Karlsson', 'Bo']);
    expect(parseRoster('name,mail\n"Anna\nKarlsson",\nBo,', 'email').problems).toEqual([
      { line: 2, reason: 'no-identifier', text: 'Anna Karlsson' },
      { line: 4, reason: 'no-identifier', text: 'Bo' },
    ]);
  });

  it('guesses the columns without a header: the one with @ is the e-mail', () => {
    const read = parseRoster('anna@x.se;Anna Berg;1001\nbo@x.se;Bo Ek;1002', 'employee-number');
    expect(read.header).toBe(false);
    expect(read.columns).toEqual({ email: 0, employeeNumber: 2, name: 1 });
    expect(read.entries).toEqual([
      { name: 'Anna Berg', email: 'anna@x.se', identifier: '1001' },
      { name: 'Bo Ek', email: 'bo@x.se', identifier: '1002' },
    ]);
  });

  it('reads a list of bare names for an assignment that asks for no identifier', () => {
    const read = parseRoster('Anna Berg\n\n  Bo   Ek  \n');
    expect(read.entries).toEqual([{ name: 'Anna Berg' }, { name: 'Bo Ek' }]);
  });

  it('reports each problem by line and reads the rest', () => {
    const text = [
      'Namn;E-post',
      'Anna Berg;anna@x.se',
      ';nobody@x.se',
      'Bo Ek;inte en adress',
      'Anna B;ANNA@x.se',
      'Cecilia Holm;cecilia@x.se',
    ].join('\n');
    const read = parseRoster(text, 'email');
    expect(read.entries.map((e) => e.name)).toEqual(['Anna Berg', 'Cecilia Holm']);
    expect(read.problems).toEqual([
      { line: 3, reason: 'no-name', text: 'nobody@x.se' },
      { line: 4, reason: 'bad-identifier', text: 'Bo Ek inte en adress' },
      { line: 5, reason: 'duplicate', text: 'Anna B ANNA@x.se', firstLine: 2 },
    ]);
  });

  it('refuses a name longer than a receipt allows', () => {
    const read = parseRoster(`Namn;E-post\n${'A'.repeat(121)};a@x.se`, 'email');
    expect(read.entries).toEqual([]);
    expect(read.problems.map((p) => p.reason)).toEqual(['long-name']);
  });

  it('keeps two people with the same name apart by identifier', () => {
    const read = parseRoster('Namn;E-post\nAnna Berg;anna1@x.se\nAnna Berg;anna2@x.se', 'email');
    expect(read.entries).toHaveLength(2);
    expect(read.problems).toEqual([]);
  });

  it('unwraps text formulas and the apostrophe that kept a name from being a formula', () => {
    const read = parseRoster('Namn;Anställningsnummer\n\'=Kim;="0012"', 'employee-number');
    expect(read.entries).toEqual([{ name: '=Kim', identifier: '0012' }]);
  });

  it('an empty text is an empty roster', () => {
    expect(parseRoster(' \n ', 'email')).toEqual({
      entries: [],
      problems: [],
      header: false,
      columns: {},
    });
  });
});
