import { registerDecorator, ValidateIf, type ValidationOptions } from 'class-validator';
import { isIsoDate } from '@nap/domain';

/** A calendar date as `YYYY-MM-DD` that exists (no 2016-02-30). */
export function IsCalendarDate(options?: ValidationOptions) {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: 'isCalendarDate',
      target: object.constructor,
      propertyName,
      options: { message: `${propertyName} must be a date as YYYY-MM-DD`, ...options },
      validator: { validate: (value: unknown) => typeof value === 'string' && isIsoDate(value) },
    });
}

/**
 * For patch inputs: the field may be left out (unchanged) but not sent as null when its column
 * has no empty value — null then fails the field's own validators and is named, instead of
 * reaching the database's NOT NULL.
 */
export function IsOmittable(options?: ValidationOptions) {
  return ValidateIf((_object: object, value: unknown) => value !== undefined, options);
}
