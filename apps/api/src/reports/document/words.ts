import { IndicatorUnit, formatNumber, formatPercent, formatSignedNumber, parseCell } from '@nap/domain';
import type { IndicatorFigures } from '../../completion/completion.service';
import type { ReportLanguage } from '../render';
import { LABELS } from './labels';

/**
 * Figures in words, the way the 2016 report writes them: "147 … 2015-ci illə müqayisədə
 * 30,1 % çoxdur", "15 (+2)", "31 qadın, 7 kişi"; in English "147, 30.1% more than in 2015".
 */

/**
 * Azerbaijani suffix of a number written in digits ("2015-ci", "2016-cı", "2014-cü",
 * "2010-cu"): vowel harmony with the last word of the number as it is read aloud.
 */
export function azNumberSuffix(value: number): string {
  const n = Math.abs(Math.trunc(value));
  const UNITS = ['', 'ci', 'ci', 'cü', 'cü', 'ci', 'cı', 'ci', 'ci', 'cu']; // bir iki üç dörd beş altı yeddi səkkiz doqquz
  const TENS = ['', 'cu', 'ci', 'cu', 'cı', 'ci', 'cı', 'ci', 'ci', 'cı']; // on iyirmi otuz qırx əlli altmış yetmiş səksən doxsan
  if (n % 10 !== 0) return UNITS[n % 10];
  if (n % 100 !== 0) return TENS[(n % 100) / 10];
  if (n % 1000 !== 0) return 'cü'; // yüz
  if (n === 0) return 'cı'; // sıfır
  return 'ci'; // min, milyon
}

/** "2015-ci illə" for a year label, else "«2016-Q2» dövrü ilə". */
function azComparedWith(label: string): string {
  return /^\d{4}$/.test(label) ? `${label}-${azNumberSuffix(Number(label))} illə müqayisədə` : `«${label}» dövrü ilə müqayisədə`;
}

/** "2016-cı il" for a year label, else "«2016-Q2» dövrü". */
export function azPeriodName(label: string): string {
  return /^\d{4}$/.test(label) ? `${label}-${azNumberSuffix(Number(label))} il` : `«${label}» dövrü`;
}

/** A figure with its unit: "147", "153.000 AZN", "45,5 %", "bəli". */
export function formatIndicatorValue(value: number | null, unit: IndicatorUnit, currency: string | null, language: ReportLanguage): string {
  if (value === null) return formatNumber(null, language);
  switch (unit) {
    case IndicatorUnit.PERCENT:
      return formatPercent(value, language, 2);
    case IndicatorUnit.BOOLEAN:
      return value === 0 ? LABELS[language].no : LABELS[language].yes;
    case IndicatorUnit.AMOUNT:
      return `${formatNumber(value, language)}${currency ? ` ${currency}` : ''}`;
    default:
      return formatNumber(value, language);
  }
}

/** Name of a breakdown cell: "qadın" / "women", "sex:female × citizenship:foreign" when unknown. */
export function cellName(options: readonly string[], language: ReportLanguage, count: number | null = null): string {
  const names = LABELS[language].options;
  return options
    .map((option) => {
      const forms = names[option];
      if (!forms) return parseCell(option)?.option ?? option;
      return count === 1 ? forms[0] : forms[1];
    })
    .join(' × ');
}

/**
 * The one-dimensional breakdowns in words: "31 qadın, 7 kişi"; two dimensions "69 qadın,
 * 1 kişi; 69 vətəndaş, 1 əcnəbi". A breakdown with a suppressed cell is named, not printed:
 * "cinsə görə bölgü məxfilik məqsədilə göstərilmir".
 */
export function breakdownInWords(summary: IndicatorFigures, language: ReportLanguage): string {
  const byDimension = new Map<string, IndicatorFigures['breakdown']>();
  for (const cell of summary.breakdown.filter((c) => c.options.length === 1)) {
    const dimension = parseCell(cell.options[0])?.dimension ?? cell.options[0];
    byDimension.set(dimension, [...(byDimension.get(dimension) ?? []), cell]);
  }
  const shown: string[] = [];
  const withheld: string[] = [];
  const dimensionNames = LABELS[language].dimensions;
  for (const [dimension, cells] of byDimension) {
    if (cells.some((cell) => cell.suppressed || cell.value === null)) {
      withheld.push(dimensionNames[dimension] ?? dimension);
      continue;
    }
    shown.push(
      cells
        .map((cell) => `${formatIndicatorValue(cell.value, summary.indicator.unit, null, language)} ${cellName(cell.options, language, cell.value)}`)
        .join(', '),
    );
  }
  if (withheld.length > 0) {
    shown.push(
      language === 'AZ'
        ? `${withheld.join(' və ')} görə bölgü məxfilik məqsədilə göstərilmir`
        : `breakdown by ${withheld.join(' and ')} withheld for privacy`,
    );
  }
  return shown.join('; ');
}

/**
 * The comparison with the previous period: AZ "; bu, 2015-ci illə müqayisədə 30,1 % çoxdur
 * (+34)", EN ", 30.1% more than in 2015 (+34)". Empty without a previous value.
 */
export function changeInWords(summary: IndicatorFigures, language: ReportLanguage): string {
  const { change, changePercent, previousPeriodLabel: label } = summary;
  if (change === null || label === null) return '';
  const signed = formatSignedNumber(change, language);
  if (language === 'AZ') {
    const compared = azComparedWith(label);
    if (change === 0) return `; ${compared} dəyişməmişdir`;
    if (changePercent === null) return `; ${compared} ${signed}`;
    return `; bu, ${compared} ${formatPercent(Math.abs(changePercent), language)} ${change > 0 ? 'çoxdur' : 'azdır'} (${signed})`;
  }
  if (change === 0) return `, unchanged from ${label}`;
  if (changePercent === null) return `, ${signed} compared with ${label}`;
  const fewer = summary.indicator.unit === IndicatorUnit.COUNT ? 'fewer' : 'less';
  return `, ${formatPercent(Math.abs(changePercent), language)} ${change > 0 ? 'more' : fewer} than in ${label} (${signed})`;
}

/**
 * One indicator as a sentence: "Aşkarlanmış … cinayətləri: 147; bu, 2015-ci illə müqayisədə
 * 30,1 % çoxdur (+34)." / "Persons prosecuted: 38 (31 women, 7 men), 15.2% more than in 2015 (+5)."
 */
export function indicatorSentence(summary: IndicatorFigures, language: ReportLanguage): string {
  const name = language === 'AZ' ? summary.indicator.nameAz : summary.indicator.nameEn;
  const value = formatIndicatorValue(summary.value, summary.indicator.unit, summary.indicator.currency, language);
  const parts = breakdownInWords(summary, language);
  return `${name}: ${value}${parts ? ` (${parts})` : ''}${changeInWords(summary, language)}.`;
}

/**
 * Narratives are free text, so small counts in them cannot be suppressed cell by cell: for a
 * public report every sentence that mentions a number from 1 to the threshold ("1-i kişi",
 * "1 foreigner") is left out, with the cell it would reveal. Numbers written in words are not
 * caught — public narratives should still be reviewed by the coordinator.
 */
export function withoutSmallCountSentences(text: string, threshold: number): { text: string; removed: number } {
  if (threshold < 1) return { text, removed: 0 };
  const small = new RegExp(`(?<![\\d.,])(?:${Array.from({ length: threshold }, (_, i) => i + 1).join('|')})(?![\\d]|[.,]\\d)`);
  const sentences = text.split(/(?<=[.!?…])\s+/);
  const kept = sentences.filter((sentence) => !small.test(sentence));
  return { text: kept.join(' '), removed: sentences.length - kept.length };
}
