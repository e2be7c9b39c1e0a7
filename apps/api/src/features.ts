import type { Type } from '@nestjs/common';

/** The business modules, one per feature folder. */
export const FEATURE_MODULES: Type<unknown>[] = [];
