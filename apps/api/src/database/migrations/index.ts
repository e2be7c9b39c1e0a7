import { Initial1764230000000 } from './1764230000000-Initial';

/** Every migration, in order. Listed explicitly so that the bundled API carries them. */
export const MIGRATIONS = [Initial1764230000000];
