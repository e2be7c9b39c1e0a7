import type { ReportDocument, ReportLanguage, ReportTable } from './report-document';
import { renderCsv } from './csv-renderer';
import { AZ_TEXTS, sampleReport } from './testing/sample-report';

/** Minimal RFC 4180 reader, to check that what is written parses back to the same fields. */
function parseCsv(text: string, delimiter: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') {
        quoted = false;
      } else {
        field += char;
      }
    } else if (char === '"') {
      quoted = true;
    } else if (char === delimiter) {
      record.push(field);
      field = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i++;
    } else {
      field += char;
    }
  }
  if (field !== '' || record.length > 0) records.push([...record, field]);
  return records;
}

function tricky(language: ReportLanguage): ReportDocument {
  const table: ReportTable = {
    kind: 'table',
    id: 'tricky',
    title: 'Çətin, "xüsusi" dəyərlər',
    columns: [
      { key: 'text', header: 'Mətn', type: 'text' },
      { key: 'amount', header: 'Məbləğ; manat', type: 'amount' },
    ],
    rows: [
      { text: '=HYPERLINK("http://x","klik")', amount: -5 },
      { text: '+994 12 000 00 00', amount: 0.1 + 0.2 },
      { text: '-5', amount: 1234567.25 },
      { text: '@SUM(A1)', amount: null },
      { text: 'Birinci sətir\nikinci sətir', amount: 1e6 },
      { text: 'a;b,c', amount: 30.1 },
    ],
  };
  return {
    language,
    title: 'x',
    metadata: [],
    blocks: [table],
    generatedAt: new Date(0),
  };
}

/** The text after the BOM and the header (title, subtitle, metadata): the tables. */
const tablesOf = (bytes: Buffer): string => {
  const text = bytes.toString('utf8').slice(1);
  return text.slice(text.indexOf('\r\n\r\n') + 4);
};

describe('renderCsv', () => {
  it('first says what the file is: title, subtitle and metadata, then a blank line', async () => {
    const az = (await renderCsv(sampleReport('AZ'))).toString('utf8').slice(1).split('\r\n');
    expect(az.slice(0, 6)).toEqual([
      `${AZ_TEXTS.plan} üzrə Üçüncü Milli Fəaliyyət Planının icrası`,
      'Yekun hesabat, 2016',
      'Plan;Üçüncü Milli Fəaliyyət Planı 2014–2016',
      'Dövr;2016',
      'Koordinator;Daxili İşlər Nazirliyi',
      '',
    ]);
    const en = (await renderCsv(sampleReport('EN'))).toString('utf8').slice(1).split('\r\n');
    expect(en[2]).toBe('Plan,Third National Action Plan 2014–2016');
    expect(en[6]).toBe('Completion by organisation');
    const bare = (await renderCsv(tricky('AZ'))).toString('utf8').slice(1);
    expect(bare.startsWith('x\r\n\r\n"Çətin, ""xüsusi""')).toBe(true); // nothing but the title when there is no more
  });


  it('starts with the UTF-8 byte order mark and keeps Azerbaijani letters', async () => {
    const bytes = await renderCsv(sampleReport('AZ'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text).toContain(AZ_TEXTS.ministry);
    expect(text).toContain(AZ_TEXTS.committee);
    expect(text).toContain(AZ_TEXTS.bySex);
  });

  it('uses ";" and a decimal comma for AZ, without thousands separators', async () => {
    const lines = tablesOf(await renderCsv(sampleReport('AZ'))).split('\r\n');
    expect(lines[0]).toBe('Təşkilatlar üzrə icra');
    expect(lines[1]).toBe('Təşkilat;Tədbirlər;İcra;Son qəbul;Xərc, manat;Qurbanlar;Şərh');
    expect(lines[2]).toBe('Daxili İşlər Nazirliyi;1056;30,1;2016-03-15;153000;70;147 cinayət faktı');
    expect(lines[3]).toBe(`${AZ_TEXTS.ministry};12;87,5;2016-12-20;182000,5;38;${AZ_TEXTS.bySex}`);
    // The comment holds the delimiter, so it is quoted.
    expect(lines[4]).toBe(
      `${AZ_TEXTS.committee};7;100;;;<5;"Şəki, Gəncə, Naxçıvan; “İnsan alverinə qarşı beynəlxalq mübarizə günü”"`,
    );
  });

  it('uses "," and a decimal point for EN, quoting fields with commas', async () => {
    const lines = tablesOf(await renderCsv(sampleReport('EN'))).split('\r\n');
    expect(lines[1]).toBe('Organisation,Measures,Completion,Last accepted,"Expenditure, AZN",Victims,Comment');
    expect(lines[2]).toBe('Daxili İşlər Nazirliyi,1056,30.1,2016-03-15,153000,70,147 cinayət faktı');
    expect(lines[3]).toBe(`${AZ_TEXTS.ministry},12,87.5,2016-12-20,182000.5,38,"${AZ_TEXTS.bySex}"`);
    expect(lines[4]).toMatch(/^"Ailə, Qadın və Uşaq Problemləri üzrə Dövlət Komitəsi",7,100,,,<5,/);
  });

  it('introduces each table by its title and separates tables by a blank line', async () => {
    const text = tablesOf(await renderCsv(sampleReport('EN', 3)));
    const sections = text.split('\r\n\r\n');
    expect(sections).toHaveLength(2);
    expect(sections[0].split('\r\n')[0]).toBe('Completion by organisation');
    expect(sections[0].split('\r\n').at(-1)).toBe('Only accepted reports are counted.');
    expect(sections[1].split('\r\n')[0]).toBe('Completion by measure');
    expect(sections[1].split('\r\n')[1]).toBe('Code,Measure,Weight,Completion,Due date');
    expect(sections[1].split('\r\n')).toHaveLength(2 + 3 + 1); // title, header, rows, final line end
  });

  it('quotes per RFC 4180 and defuses formulas, but not real numbers', async () => {
    const az = tablesOf(await renderCsv(tricky('AZ')));
    expect(parseCsv(az, ';')).toEqual([
      ['Çətin, "xüsusi" dəyərlər'],
      ['Mətn', 'Məbləğ; manat'],
      [`'=HYPERLINK("http://x","klik")`, '-5'],
      ["'+994 12 000 00 00", '0,3'],
      ["'-5", '1234567,25'],
      ["'@SUM(A1)", ''],
      ['Birinci sətir\nikinci sətir', '1000000'],
      ['a;b,c', '30,1'],
    ]);
    expect(az).toContain('"\'=HYPERLINK(""http://x"",""klik"")";-5\r\n');
    expect(az).toContain('"Məbləğ; manat"');
    expect(az).toContain('"a;b,c";30,1');

    const en = tablesOf(await renderCsv(tricky('EN')));
    expect(en).toContain('"a;b,c",30.1');
    expect(en).toContain('"Birinci sətir\nikinci sətir",1000000');
    expect(parseCsv(en, ',')[4]).toEqual(["'-5", '1234567.25']);
  });
});
