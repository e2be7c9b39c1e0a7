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
      throw badUserInput([{ field: metadata.data ?? 'idempotencyKey', message: 'must be 8 to 128 visible ASCII characters' }]);
    }
    return value;
  }
}
