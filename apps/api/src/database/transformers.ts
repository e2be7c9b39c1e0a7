import type { ValueTransformer } from 'typeorm';

/** `numeric` arrives from pg as a string (to keep precision); the domain works in numbers. */
export const numericTransformer: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};
