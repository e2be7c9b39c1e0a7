import { registerDecorator, type ValidationOptions } from 'class-validator';
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
