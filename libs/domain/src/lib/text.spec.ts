import { azCollator, azCompare, azFold, azIncludes, azLocaleLower, azLocaleUpper, sortAz } from './text';

// Words and names from the 2016 report (shared/seed/report-2016.az.txt).
describe('azLocaleLower', () => {
  it.each([
    ['İnsan alveri', 'insan alveri'],
    ['İNSAN ALVERİ', 'insan alveri'],
    ['İSTİQAMƏT', 'istiqamət'],
    ['IŞIQ', 'ışıq'],
    ['ƏDLİYYƏ NAZİRLİYİ', 'ədliyyə nazirliyi'],
    ['ŞƏKİ', 'şəki'],
    ['ÜÇÜNCÜ MİLLİ FƏALİYYƏT PLANI', 'üçüncü milli fəaliyyət planı'],
    ['AİLƏ, QADIN VƏ UŞAQ PROBLEMLƏRİ', 'ailə, qadın və uşaq problemləri'],
    ['Ombudsman', 'ombudsman'],
    ['I\u0307NSAN', 'insan'], // decomposed İ
  ])('%s → %s', (input, expected) => {
    expect(azLocaleLower(input)).toBe(expected);
  });

  it('differs from the default lowercase, which is wrong for Azerbaijani', () => {
    expect('IŞIQ'.toLowerCase()).toBe('işiq');
    expect('İ'.toLowerCase()).toBe('i\u0307');
  });
});

describe('azLocaleUpper', () => {
  it.each([
    ['insan alveri', 'İNSAN ALVERİ'],
    ['istiqamət', 'İSTİQAMƏT'],
    ['ışıq', 'IŞIQ'],
    ['Ədliyyə Nazirliyi', 'ƏDLİYYƏ NAZİRLİYİ'],
    ['Şəki', 'ŞƏKİ'],
    ['Ailə, Qadın və Uşaq Problemləri', 'AİLƏ, QADIN VƏ UŞAQ PROBLEMLƏRİ'],
    ['Üçüncü Milli Fəaliyyət Planı', 'ÜÇÜNCÜ MİLLİ FƏALİYYƏT PLANI'],
  ])('%s → %s', (input, expected) => {
    expect(azLocaleUpper(input)).toBe(expected);
  });

  it('round-trips with azLocaleLower', () => {
    for (const word of ['istiqamət', 'ışıq', 'insan alveri', 'üçüncü milli fəaliyyət planı']) {
      expect(azLocaleLower(azLocaleUpper(word))).toBe(word);
    }
  });
});

describe('azFold', () => {
  it.each([
    ['İSTİQAMƏT', 'istiqamət'],
    ['IŞIQ', 'ışıq'],
    ['İnsan Alveri', 'insan alveri'],
    ['ŞƏKİ', 'Şəki'],
    ['U\u0308C\u0327U\u0308NCU\u0308', 'üçüncü'], // decomposed Ü and Ç
    ['Ombudsman', 'OMBUDSMAN'],
  ])('%s matches %s', (a, b) => {
    expect(azFold(a)).toBe(azFold(b));
  });

  it('keeps I and i apart: they are different letters', () => {
    expect(azFold('I')).toBe('ı');
    expect(azFold('I')).not.toBe(azFold('i'));
    expect(azFold('İ')).toBe('i');
    expect(azFold('IŞIQ')).not.toBe(azFold('işiq'));
  });

  it('returns NFC', () => {
    const folded = azFold('U\u0308NVAN');
    expect(folded).toBe('ünvan');
    expect(folded).toBe(folded.normalize('NFC'));
  });
});

describe('azIncludes', () => {
  const sentence = 'İnsan alverinə qarşı mübarizədə iştirak edən dövlət orqanlarının təklifləri nəzərə alınaraq';
  it.each([
    ['İNSAN ALVERİ', true],
    ['insan alveri', true],
    ['MÜBARİZƏ', true],
    ['ALINARAQ', true],
    ['ALİNARAQ', false], // İ is not I
    ['Şəki', false],
  ])('finds %s: %p', (needle, expected) => {
    expect(azIncludes(sentence, needle)).toBe(expected);
  });
});

describe('Azerbaijani alphabetical order (ICU in Node 20)', () => {
  it.each([
    ['c', 'ç'],
    ['ç', 'd'],
    ['e', 'ə'],
    ['ə', 'f'],
    ['g', 'ğ'],
    ['ğ', 'h'],
    ['h', 'x'], // X follows H in the Azerbaijani alphabet
    ['x', 'ı'],
    ['ı', 'i'],
    ['k', 'q'], // Q follows K …
    ['q', 'l'], // … and precedes L
    ['o', 'ö'],
    ['ö', 'p'],
    ['s', 'ş'],
    ['ş', 't'],
    ['u', 'ü'],
    ['ü', 'v'],
    ['Ağdam', 'Ağsu'],
    ['Agsu', 'Ağdam'],
    ['ığdır', 'Ismayıllı'],
    ['Ismayıllı', 'İsmayıllı'],
    ['Ədliyyə Nazirliyi', 'Əmək'],
    ['Dövlət Sərhəd Xidməti', 'Dövlət Sosial Müdafiə Fondu'],
  ])('%s < %s', (a, b) => {
    expect(azCompare(a, b)).toBeLessThan(0);
    expect(azCompare(b, a)).toBeGreaterThan(0);
  });

  it('puts lowercase before uppercase of the same word, and equal strings equal', () => {
    expect(azCompare('insan', 'İnsan')).toBeLessThan(0);
    expect(azCompare('Şəki', 'Şəki')).toBe(0);
  });

  it('is the Azerbaijani collation', () => {
    expect(azCollator.resolvedOptions().locale).toBe('az');
  });

  it('sorts the agencies of the report as an Azerbaijani reader expects', () => {
    const agencies = [
      'Daxili İşlər Nazirliyi',
      'İnsan Alverinə qarşı Mübarizə Baş İdarəsi',
      'Polis Akademiyası',
      'Baş Prokurorluq',
      'Ombudsman aparatı',
      'Təhsil Nazirliyi',
      'Ədliyyə Nazirliyi',
      'Səhiyyə Nazirliyi',
      'Xarici İşlər Nazirliyi',
      'Nəqliyyat, Rabitə və Yüksək Texnologiyalar Nazirliyi',
      'Əmək və Əhalinin Sosial Müdafiəsi Nazirliyi',
      'Dövlət Sosial Müdafiə Fondu',
      'Dövlət Gömrük Komitəsi',
      'Ailə, Qadın və Uşaq Problemləri üzrə Dövlət Komitəsi',
      'Dövlət Sərhəd Xidməti',
      'Dövlət Miqrasiya Xidməti',
      'Qeyri-hökumət Təşkilatlarına Dövlət Dəstəyi Şurası',
      'Yerli icra hakimiyyəti orqanları',
      'Şəki',
      'Üçüncü Milli Fəaliyyət Planı',
    ];
    expect(sortAz(agencies)).toEqual([
      'Ailə, Qadın və Uşaq Problemləri üzrə Dövlət Komitəsi',
      'Baş Prokurorluq',
      'Daxili İşlər Nazirliyi',
      'Dövlət Gömrük Komitəsi',
      'Dövlət Miqrasiya Xidməti',
      'Dövlət Sərhəd Xidməti',
      'Dövlət Sosial Müdafiə Fondu',
      'Ədliyyə Nazirliyi',
      'Əmək və Əhalinin Sosial Müdafiəsi Nazirliyi',
      'Xarici İşlər Nazirliyi',
      'İnsan Alverinə qarşı Mübarizə Baş İdarəsi',
      'Qeyri-hökumət Təşkilatlarına Dövlət Dəstəyi Şurası',
      'Nəqliyyat, Rabitə və Yüksək Texnologiyalar Nazirliyi',
      'Ombudsman aparatı',
      'Polis Akademiyası',
      'Səhiyyə Nazirliyi',
      'Şəki',
      'Təhsil Nazirliyi',
      'Üçüncü Milli Fəaliyyət Planı',
      'Yerli icra hakimiyyəti orqanları',
    ]);
  });
});

describe('sortAz', () => {
  const organisations = [
    { code: 'OMB', nameAz: 'Ombudsman aparatı' },
    { code: 'MOJ', nameAz: 'Ədliyyə Nazirliyi' },
    { code: 'MIA', nameAz: 'Daxili İşlər Nazirliyi' },
    { code: 'MFA', nameAz: 'Xarici İşlər Nazirliyi' },
  ];

  it('sorts objects by a key and leaves the input untouched', () => {
    const before = organisations.map((organisation) => organisation.code);
    expect(sortAz(organisations, (organisation) => organisation.nameAz).map((organisation) => organisation.code)).toEqual([
      'MIA',
      'MOJ',
      'MFA',
      'OMB',
    ]);
    expect(organisations.map((organisation) => organisation.code)).toEqual(before);
  });

  it('is stable for equal keys', () => {
    const items = [
      { id: 1, name: 'Şəki' },
      { id: 2, name: 'Bakı' },
      { id: 3, name: 'Şəki' },
    ];
    expect(sortAz(items, (item) => item.name).map((item) => item.id)).toEqual([2, 1, 3]);
  });
});
