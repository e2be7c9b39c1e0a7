import { Initial1764230000000 } from './1764230000000-Initial';
import { Hardening1764300000000 } from './1764300000000-Hardening';

/** Every migration, in order. Listed explicitly so that the bundled API carries them. */
export const MIGRATIONS = [Initial1764230000000, Hardening1764300000000];
