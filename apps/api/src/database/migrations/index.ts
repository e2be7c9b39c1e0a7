import { Initial1764230000000 } from './1764230000000-Initial';
import { Hardening1764300000000 } from './1764300000000-Hardening';
import { Rollups1764400000000 } from './1764400000000-Rollups';
import { AuditSeal1764500000000 } from './1764500000000-AuditSeal';
import { DashboardVersion1764600000000 } from './1764600000000-DashboardVersion';

/** Every migration, in order. Listed explicitly so that the bundled API carries them. */
export const MIGRATIONS = [Initial1764230000000, Hardening1764300000000, Rollups1764400000000, AuditSeal1764500000000, DashboardVersion1764600000000];
