import type { ApiFieldError } from '@nap/contracts';

/** A server field error put into words the translation files hold. */
export interface TranslatedFieldError {
  /** The API's field path, kept for tests and for fields without a label. */
  readonly field: string;
  /** Translation key of the field's label, or null when the portal has none (the path is shown). */
  readonly labelKey: string | null;
  /** Translation key of the message (`fieldErrors.*`) and its parameters. */
  readonly messageKey: string;
  readonly params: Record<string, string>;
}

/** Labels for the fields the API names in BAD_USER_INPUT (last segment of the path). */
const FIELD_LABELS: Record<string, string> = {
  code: 'builder.code',
  titleAz: 'builder.titleAz',
  titleEn: 'builder.titleEn',
  nameAz: 'builder.nameAz',
  nameEn: 'builder.nameEn',
  startDate: 'builder.startDate',
  dueDate: 'measure.dueDate',
  endDate: 'periods.endDate',
  weight: 'builder.weight',
  plannedBudget: 'builder.plannedBudget',
  budgetAmount: 'builder.plannedBudget',
  budgetCurrency: 'reportForm.currency',
  currency: 'reportForm.currency',
  expenditureCurrency: 'reportForm.currency',
  expenditureAmount: 'reportForm.amount',
  expenditureSource: 'reportForm.source',
  expectedResultAz: 'measure.expectedResult',
  expectedResultEn: 'measure.expectedResult',
  fundingSource: 'reportForm.source',
  acronym: 'admin.acronym',
  nameRu: 'admin.nameRu',
  type: 'admin.type',
  combineRule: 'builder.combineRule',
  title: 'evidence.linkTitle',
  tags: 'builder.tags',
  label: 'periods.label',
  sectionId: 'measure.section',
  parentId: 'builder.parentSection',
  organizationId: 'measure.organization',
  measureId: 'builder.measure',
  periodId: 'fieldLabels.period',
  percentComplete: 'report.percentComplete',
  implementationStatus: 'report.implementationStatus',
  narrativeAz: 'report.narrativeAz',
  narrativeEn: 'report.narrativeEn',
  challenges: 'report.challenges',
  nextSteps: 'report.nextSteps',
  target: 'report.target',
  value: 'report.value',
  indicatorValues: 'report.indicators',
  indicatorId: 'report.indicator',
  unit: 'builder.unit',
  dimensions: 'builder.dimensions',
  options: 'builder.dimensionOptions',
  fullName: 'admin.fullName',
  email: 'signIn.email',
  password: 'admin.initialPassword',
  role: 'myMeasures.role',
  file: 'report.evidence',
  url: 'evidence.linkUrl',
  comment: 'fieldLabels.comment',
  version: 'report.versionLabel',
};

/** Recognisable constraints of the API's (English) messages, first match wins. */
const RULES: { pattern: RegExp; key: string; param?: string }[] = [
  { pattern: /already has a LEAD/i, key: 'leadExists' },
  { pattern: /focal point belongs to exactly one/i, key: 'focalPointOrganization' },
  { pattern: /deactivate your own account/i, key: 'ownAccount' },
  { pattern: /needs a currency/i, key: 'amountCurrency' },
  { pattern: /(?:not be greater than|must be at most|≤)\s*(-?[\d.]+)/i, key: 'max', param: 'max' },
  { pattern: /(?:not be less than|must be at least|≥)\s*(-?[\d.]+)/i, key: 'min', param: 'min' },
  { pattern: /between\s+(-?[\d.]+)\s+and\s+(-?[\d.]+)/i, key: 'between' },
  { pattern: /shorter than or equal to (\d+)/i, key: 'maxLength', param: 'max' },
  { pattern: /longer than or equal to (\d+)/i, key: 'minLength', param: 'min' },
  { pattern: /(\d+) to (\d+) (?:visible )?(?:ASCII )?characters/i, key: 'lengthBetween' },
  { pattern: /should not be empty|is required|^missing$|must not be empty/i, key: 'required' },
  { pattern: /ISO 4217/i, key: 'currency' },
  { pattern: /e-?mail address/i, key: 'email' },
  { pattern: /already (?:exists|used)|given twice|must be unique/i, key: 'duplicate' },
  { pattern: /^no such|not assigned to|does not belong/i, key: 'notFound' },
  { pattern: /UUID|must be an id/i, key: 'id' },
  { pattern: /larger than (\d+ ?[KMG]B)/i, key: 'tooLarge', param: 'size' },
  { pattern: /ISO ?8601|date string|YYYY-MM-DD|valid date|must be a date/i, key: 'date' },
  { pattern: /after|before|on or after|not earlier|not later/i, key: 'dateOrder' },
  { pattern: /http\(s\) address|must be a URL/i, key: 'url' },
  { pattern: /upper-case|lower-case|may contain|must match/i, key: 'format' },
  { pattern: /must be (?:a |an )?(?:number|integer|int|positive|negative)/i, key: 'number' },
  { pattern: /^stale$|version you are editing/i, key: 'stale' },
];

export function translateFieldError(error: ApiFieldError): TranslatedFieldError {
  const name =
    error.field
      .split('.')
      .pop()
      ?.replace(/\[\d+\]$/, '') ?? error.field;
  const labelKey = FIELD_LABELS[name] ?? null;
  const message = error.message ?? '';
  for (const rule of RULES) {
    const match = rule.pattern.exec(message);
    if (!match) continue;
    const params: Record<string, string> = {};
    if (rule.key === 'between' || rule.key === 'lengthBetween') {
      params['min'] = match[1];
      params['max'] = match[2];
    } else if (rule.param) params[rule.param] = match[1];
    return { field: error.field, labelKey, messageKey: `fieldErrors.${rule.key}`, params };
  }
  return { field: error.field, labelKey, messageKey: 'fieldErrors.notAccepted', params: {} };
}
