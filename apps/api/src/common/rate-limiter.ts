import { ErrorCode } from '@nap/domain';
import { AppError } from './errors';

/**
 * Fixed-window counters in memory (per process). Enough for one API instance; behind several
 * instances put the same limits at the proxy too.
 */
export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly limit: number,
    private readonly windowMs = 60_000,
  ) {}

  /** Counts one hit; returns the seconds to wait when over the limit, else 0. */
  hit(key: string, now = Date.now()): number {
    const w = this.windows.get(key);
    if (!w || now - w.start >= this.windowMs) {
      this.windows.set(key, { start: now, count: 1 });
      if (this.windows.size > 50_000) this.sweep(now);
      return 0;
    }
    w.count += 1;
    return w.count > this.limit ? Math.ceil((w.start + this.windowMs - now) / 1000) : 0;
  }

  private sweep(now: number): void {
    for (const [k, w] of this.windows) if (now - w.start >= this.windowMs) this.windows.delete(k);
  }
}

export function rateLimited(retryAfterSeconds: number, what = 'requests'): AppError {
  return new AppError(ErrorCode.RATE_LIMITED, `Too many ${what}; try again in ${retryAfterSeconds} s.`, { retryAfterSeconds });
}
