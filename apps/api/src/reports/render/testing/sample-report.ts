import type { ReportDocument, ReportLanguage, ReportTable } from '../report-document';

/**
 * A completion report built from the 2016 national report (shared/seed/report-2016.az.txt),
 * for the renderer specs. Test-only: not exported from the render barrel.
 */
export const AZ_TEXTS = {
  plan: 'İnsan alverinə qarşı mübarizə',
  ministry: 'Əmək və Əhalinin Sosial Müdafiəsi Nazirliyi',
  committee: 'Ailə, Qadın və Uşaq Problemləri üzrə Dövlət Komitəsi',
  crimes: '147 cinayət faktı',
  bySex: '31 qadın, 7 kişi',
  paragraph:
    'Hesabat dövründə 2015-ci illə müqayisədə 30 faiz çox yaxud 147 insan alveri və məcburi əmək ' +
    'cinayəti, insan alveri məqsədilə sənədlərlə qanunsuz hərəkətlərə dair isə 19 fakt aşkarlanmışdır. ' +
    'Bu əməllərə görə 31-i qadın, 7-si kişi olmaqla 38 şəxs cinayət məsuliyyətinə cəlb edilmiş, ' +
    '15 cinayətkar qrup (+2) zərərsizləşdirilmiş, axtarışa elan olunmuş 10 şəxs tutulmuşdur.',
} as const;

const MEASURE_TITLES = [
  'Qurbanların sosial reabilitasiyası üzrə yardım mərkəzlərinin fəaliyyətinin təmin edilməsi',
  'Uşaqların insan alverindən müdafiəsi mövzusunda maarifləndirici tədbirlərin keçirilməsi',
  'Məcburi əməyin səbəb və şəraitinin aradan qaldırılması üzrə nəzarət tədbirləri',
  'Hüquq-mühafizə orqanları əməkdaşları üçün ixtisasartırma kurslarının təşkili',
  '«Qaynar xətt» telefon xidmətinə daxil olmuş müraciətlərin araşdırılması',
];

function byOrganization(language: ReportLanguage): ReportTable {
  const az = language === 'AZ';
  return {
    kind: 'table',
    id: 'byOrganization',
    title: az ? 'Təşkilatlar üzrə icra' : 'Completion by organisation',
    columns: [
      {
        key: 'organization',
        header: az ? 'Təşkilat' : 'Organisation',
        type: 'text',
        width: 40,
      },
      {
        key: 'measures',
        header: az ? 'Tədbirlər' : 'Measures',
        type: 'integer',
      },
      {
        key: 'completion',
        header: az ? 'İcra' : 'Completion',
        type: 'percent',
      },
      {
        key: 'lastAccepted',
        header: az ? 'Son qəbul' : 'Last accepted',
        type: 'date',
      },
      {
        key: 'expenditure',
        header: az ? 'Xərc, manat' : 'Expenditure, AZN',
        type: 'amount',
      },
      { key: 'victims', header: az ? 'Qurbanlar' : 'Victims', type: 'integer' },
      { key: 'comment', header: az ? 'Şərh' : 'Comment', type: 'text' },
    ],
    rows: [
      {
        organization: 'Daxili İşlər Nazirliyi',
        measures: 1056,
        completion: 30.1,
        lastAccepted: '2016-03-15',
        expenditure: 153000,
        victims: 70,
        comment: AZ_TEXTS.crimes,
      },
      {
        organization: AZ_TEXTS.ministry,
        measures: 12,
        completion: 87.5,
        lastAccepted: '2016-12-20',
        expenditure: 182000.5,
        victims: 38,
        comment: AZ_TEXTS.bySex,
      },
      {
        organization: AZ_TEXTS.committee,
        measures: 7,
        completion: 100,
        lastAccepted: null,
        expenditure: null,
        victims: '<5',
        comment: 'Şəki, Gəncə, Naxçıvan; “İnsan alverinə qarşı beynəlxalq mübarizə günü”',
      },
    ],
    note: az ? 'Yalnız qəbul edilmiş hesabatlar nəzərə alınır.' : 'Only accepted reports are counted.',
  };
}

function measures(language: ReportLanguage, count: number): ReportTable {
  const az = language === 'AZ';
  return {
    kind: 'table',
    id: 'measures',
    title: az ? 'Tədbirlər üzrə icra' : 'Completion by measure',
    columns: [
      { key: 'code', header: az ? 'Kod' : 'Code', type: 'text', width: 6 },
      { key: 'title', header: az ? 'Tədbir' : 'Measure', type: 'text' },
      { key: 'weight', header: az ? 'Çəki' : 'Weight', type: 'decimal' },
      {
        key: 'completion',
        header: az ? 'İcra' : 'Completion',
        type: 'percent',
      },
      { key: 'due', header: az ? 'Son tarix' : 'Due date', type: 'date' },
    ],
    rows: Array.from({ length: count }, (_, i) => ({
      code: `${Math.floor(i / 10) + 1}.${(i % 10) + 1}`,
      title: MEASURE_TITLES[i % MEASURE_TITLES.length],
      weight: 1 + (i % 3) * 0.5,
      completion: (i * 37) % 101,
      due: `2016-${String((i % 12) + 1).padStart(2, '0')}-28`,
    })),
  };
}

export function sampleReport(language: ReportLanguage = 'AZ', measureRows = 60): ReportDocument {
  const az = language === 'AZ';
  return {
    language,
    title: az
      ? `${AZ_TEXTS.plan} üzrə Üçüncü Milli Fəaliyyət Planının icrası`
      : 'Implementation of the Third National Action Plan against trafficking in human beings',
    subtitle: az ? 'Yekun hesabat, 2016' : 'Completion report, 2016',
    metadata: [
      {
        label: az ? 'Plan' : 'Plan',
        value: az ? 'Üçüncü Milli Fəaliyyət Planı 2014–2016' : 'Third National Action Plan 2014–2016',
      },
      { label: az ? 'Dövr' : 'Period', value: '2016' },
      {
        label: az ? 'Koordinator' : 'Coordinator',
        value: 'Daxili İşlər Nazirliyi',
      },
    ],
    blocks: [
      {
        kind: 'heading',
        level: 1,
        text: az ? 'Ümumi icra vəziyyəti' : 'Overall completion',
      },
      { kind: 'paragraph', text: AZ_TEXTS.paragraph },
      {
        kind: 'barChart',
        title: az ? 'Bölmələr üzrə icra' : 'Completion by section',
        unit: 'percent',
        bars: [
          {
            label: az ? 'Qarşısının alınması və maarifləndirmə' : 'Prevention and awareness',
            value: 92.4,
            color: 'GREEN',
          },
          {
            label: az ? 'Cinayət təqibi' : 'Prosecution',
            value: 71,
            color: 'AMBER',
          },
          {
            label: az ? 'Qurbanların müdafiəsi' : 'Protection of victims',
            value: 30.1,
            color: 'RED',
          },
          {
            label: az ? 'Beynəlxalq əməkdaşlıq' : 'International cooperation',
            value: 100,
          },
        ],
      },
      { kind: 'heading', level: 2, text: az ? 'Təşkilatlar' : 'Organisations' },
      byOrganization(language),
      {
        kind: 'barChart',
        title: az ? 'Aşkarlanmış cinayətlər' : 'Crimes detected',
        unit: 'count',
        bars: [
          { label: '2015', value: 113, color: 'NEUTRAL' },
          { label: '2016', value: 147, color: 'NEUTRAL' },
        ],
      },
      { kind: 'heading', level: 2, text: az ? 'Tədbirlər' : 'Measures' },
      measures(language, measureRows),
      { kind: 'heading', level: 3, text: az ? 'Qeydlər' : 'Notes' },
      {
        kind: 'paragraph',
        text: az ? 'Çətinliklər: ğ, ı, İ, ö, ü, ç, ş, Ə, Ğ, Ş, Ç, Ö, Ü.' : 'Challenges: none.',
      },
    ],
    generatedAt: new Date('2017-01-20T09:30:00Z'),
  };
}
