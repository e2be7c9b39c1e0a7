import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { API_ERROR_CODES } from '@nap/contracts';
import { translateFieldError } from './field-errors';

const i18nDir = join(__dirname, '..', '..', '..', '..', 'public', 'i18n');
function flatten(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => flatten(child, prefix ? `${prefix}.${key}` : key));
}
const keys = ['az', 'en'].map(
  (code) => new Set(flatten(JSON.parse(readFileSync(join(i18nDir, `${code}.json`), 'utf8')))),
);

describe('translateFieldError', () => {
  it.each([
    ['percentComplete', 'must not be greater than 100', 'fieldErrors.max', { max: '100' }, 'report.percentComplete'],
    ['input.code', 'code must be upper-case letters, digits and dashes', 'fieldErrors.format', {}, 'builder.code'],
    ['currency', 'currency must be an ISO 4217 code such as AZN', 'fieldErrors.currency', {}, 'reportForm.currency'],
    ['organizationId', 'no such organisation', 'fieldErrors.notFound', {}, 'measure.organization'],
    ['dueDate', 'dueDate must be a valid ISO 8601 date string', 'fieldErrors.date', {}, 'measure.dueDate'],
    [
      'target',
      'a percentage target must be between 0 and 100',
      'fieldErrors.between',
      { min: '0', max: '100' },
      'report.target',
    ],
    [
      'role',
      'this measure already has a LEAD organisation (exactly one per measure)',
      'fieldErrors.leadExists',
      {},
      'myMeasures.role',
    ],
    [
      'titleAz',
      'titleAz must be shorter than or equal to 500 characters',
      'fieldErrors.maxLength',
      { max: '500' },
      'builder.titleAz',
    ],
    ['email', 'a user with this e-mail already exists', 'fieldErrors.duplicate', {}, 'signIn.email'],
    [
      'indicatorValues.0.value',
      'something new the portal does not know',
      'fieldErrors.notAccepted',
      {},
      'report.value',
    ],
  ])('%s: %s', (field, message, messageKey, params, labelKey) => {
    const t = translateFieldError({ field, message });
    expect(t).toEqual({ field, labelKey, messageKey, params });
  });

  it('shows the path of a field it has no label for', () => {
    expect(translateFieldError({ field: 'somethingElse', message: 'x' }).labelKey).toBeNull();
  });

  it('names only keys that exist in every language', () => {
    const samples = [
      'must not be greater than 1',
      'must not be less than 1',
      'between 1 and 2',
      'shorter than or equal to 3',
      'longer than or equal to 3',
      'must be 8 to 128 visible ASCII characters',
      'should not be empty',
      'ISO 4217',
      'valid e-mail address',
      'already exists',
      'no such plan',
      'must be a UUID',
      'the file is larger than 10 MB',
      'must be a valid ISO 8601 date string',
      'must be on or after the start date',
      'url must be an http(s) address',
      'lower-case like "sex"',
      'must be a number',
      'stale',
      'already has a LEAD',
      'a focal point belongs to exactly one',
      'deactivate your own account',
      'an AMOUNT indicator needs a currency',
      'anything',
    ];
    const fields = [
      'code',
      'titleAz',
      'titleEn',
      'nameAz',
      'nameEn',
      'startDate',
      'dueDate',
      'endDate',
      'weight',
      'plannedBudget',
      'budgetCurrency',
      'currency',
      'expenditureCurrency',
      'expenditureAmount',
      'expenditureSource',
      'expectedResultAz',
      'fundingSource',
      'acronym',
      'nameRu',
      'type',
      'combineRule',
      'title',
      'tags',
      'label',
      'sectionId',
      'parentId',
      'organizationId',
      'measureId',
      'periodId',
      'percentComplete',
      'implementationStatus',
      'narrativeAz',
      'narrativeEn',
      'challenges',
      'nextSteps',
      'target',
      'value',
      'indicatorValues',
      'indicatorId',
      'unit',
      'dimensions',
      'options',
      'fullName',
      'email',
      'password',
      'role',
      'file',
      'url',
      'comment',
      'version',
    ];
    const missing = new Set<string>();
    for (const message of samples)
      for (const field of fields) {
        const t = translateFieldError({ field, message });
        for (const key of [t.messageKey, t.labelKey ?? 'fieldErrors.notAccepted'])
          for (const lang of keys) if (!lang.has(key)) missing.add(key);
      }
    expect([...missing]).toEqual([]);
  });

  it('every error code of the API (and the portal’s own) has a message in every language', () => {
    for (const code of [...API_ERROR_CODES, 'NETWORK', 'UNKNOWN'])
      for (const lang of keys) expect(lang.has(`errors.${code}`) ? code : `missing errors.${code}`).toBe(code);
  });
});
