import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { badUserInput } from './errors';

/** ID arguments are UUIDs: anything else is the caller's mistake, not a database error. */
@Injectable()
export class UuidPipe implements PipeTransform<unknown, string> {
  transform(value: unknown, metadata: ArgumentMetadata): string {
    if (typeof value !== 'string' || !isUUID(value)) {
      throw badUserInput([{ field: metadata.data ?? 'id', message: 'must be an id (UUID) returned by the API' }]);
    }
    return value;
  }
}

/** Optional client-chosen retry key: 8–128 visible ASCII characters. */
@Injectable()
export class IdempotencyKeyPipe implements PipeTransform<unknown, string | null> {
  transform(value: unknown, metadata: ArgumentMetadata): string | null {
    if (value === undefined || value === null) return null;
    if (typeof value !== 'string' || !/^[\x21-\x7e]{8,128}$/.test(value)) {
      throw badUserInput([
        { field: metadata.data ?? 'idempotencyKey', message: 'must be 8 to 128 visible ASCII characters' },
      ]);
    }
    return value;
  }
}

/**
 * Free-text scalar arguments (a reviewer's comment, a reason): bounded like the input types'
 * text fields, so a megabyte of text is the caller's mistake, named by field, not a stored row.
 */
export class TextArgPipe implements PipeTransform<unknown, string | null> {
  constructor(private readonly maxLength: number) {}

  transform(value: unknown, metadata: ArgumentMetadata): string | null {
    if (value === undefined || value === null) return null;
    const field = metadata.data ?? 'text';
    if (typeof value !== 'string') throw badUserInput([{ field, message: 'must be text' }]);
    // Counted in characters as people see them, not UTF-16 units: "ə" is one.
    if ([...value].length > this.maxLength)
      throw badUserInput([{ field, message: `must be at most ${this.maxLength} characters` }]);
    return value;
  }
}

/** Longest reviewer comment or reopening reason. */
export const COMMENT_MAX_LENGTH = 5000;
