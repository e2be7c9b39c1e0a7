import { ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import { badUserInput, type FieldProblem } from './errors';

/** Flattens class-validator's tree into `input.indicatorValues[0].value`-style paths. */
export function flattenValidationErrors(errors: ValidationError[], prefix = ''): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const error of errors) {
    const isIndex = /^\d+$/.test(error.property);
    const path = prefix === '' ? error.property : isIndex ? `${prefix}[${error.property}]` : `${prefix}.${error.property}`;
    for (const message of Object.values(error.constraints ?? {})) problems.push({ field: path, message });
    if (error.children?.length) problems.push(...flattenValidationErrors(error.children, path));
  }
  return problems;
}

/** A UTF-16 surrogate standing alone (in a `u` regex a proper pair is one code point). */
const LONE_SURROGATE = /\p{Surrogate}/u;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/** Paths of the strings in a value (plain data only: JSON-shaped input, not a request object) that are not well-formed Unicode text. */
export function illFormedStrings(value: unknown, path: string, found: string[] = [], depth = 0): string[] {
  if (typeof value === 'string') {
    if (LONE_SURROGATE.test(value)) found.push(path);
  } else if (Array.isArray(value) && depth < 32) {
    value.forEach((item, i) => illFormedStrings(item, `${path}[${i}]`, found, depth + 1));
  } else if (isPlainObject(value) && depth < 32) {
    for (const [key, item] of Object.entries(value)) illFormedStrings(item, path === '' ? key : `${path}.${key}`, found, depth + 1);
  }
  return found;
}

/**
 * Text that is not well-formed Unicode (a lone surrogate, which JSON can carry) is refused
 * before any validator sees it: it cannot be stored as UTF-8 faithfully, and validator.js's
 * isEmail throws a URIError on it instead of answering.
 */
class TextSafeValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    // The request context and the signed-in user (custom parameter decorators) are not input.
    if (metadata.type === 'custom') return super.transform(value, metadata);
    const bad = illFormedStrings(value, typeof value === 'object' ? '' : (metadata.data ?? 'value'));
    if (bad.length > 0) throw badUserInput(bad.map((field) => ({ field: field || (metadata.data ?? 'input'), message: 'must be well-formed Unicode text' })));
    return super.transform(value, metadata);
  }
}

/** One pipe for every input: class-validator rules, failures as BAD_USER_INPUT with the fields. */
export function createValidationPipe(): ValidationPipe {
  return new TextSafeValidationPipe({
    transform: true,
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => badUserInput(flattenValidationErrors(errors)),
  });
}
