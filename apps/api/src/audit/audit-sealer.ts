import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntitySubscriberInterface, TransactionCommitEvent } from 'typeorm';
import { sqlRequestScope } from '../common/sql-counter';
import { runnersWithAuditEvents, sealPendingBatch } from './audit-chain';

/** After a commit that wrote audit events, seal this much later (commits of a burst share one pass). */
export const SEAL_DEBOUNCE_MS = 150;
/** Safety net: events written by another API instance, or left while another instance held the lock. */
export const SEAL_INTERVAL_MS = 2000;

/**
 * Runs in every API instance: seals committed audit events into audit_seal shortly after the
 * commits that wrote them, at start-up, every SEAL_INTERVAL_MS and at shutdown. Only one instance seals at a
 * time (pg_try_advisory_xact_lock in sealPendingBatch); the others skip the pass, never wait.
 */
@Injectable()
export class AuditSealer implements OnApplicationBootstrap, OnModuleDestroy, EntitySubscriberInterface {
  private readonly logger = new Logger('AuditSealer');
  private timer: NodeJS.Timeout | null = null;
  private interval: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;
  private failures = 0;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  onApplicationBootstrap(): void {
    this.dataSource.subscribers.push(this);
    this.schedule(0);
    this.interval = setInterval(() => this.schedule(0), SEAL_INTERVAL_MS);
    this.interval.unref();
  }

  /** Before the data source closes (TypeORM's module shuts down later): let a pass in flight finish. */
  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    if (this.interval) clearInterval(this.interval);
    const i = this.dataSource.subscribers.indexOf(this);
    if (i >= 0) this.dataSource.subscribers.splice(i, 1);
    await this.running;
    // A last pass for what committed within the debounce window; what fails waits for the next start.
    try {
      while (this.dataSource.isInitialized && (await sealPendingBatch(this.dataSource)).more);
    } catch (error) {
      this.logger.warn(`sealing at shutdown failed, the next start seals: ${(error as Error).message}`);
    }
  }

  /** TypeORM tells every subscriber of every commit; only those that wrote audit events matter. */
  afterTransactionCommit(event: TransactionCommitEvent): void {
    if (event.queryRunner && runnersWithAuditEvents.has(event.queryRunner)) {
      runnersWithAuditEvents.delete(event.queryRunner);
      this.schedule(SEAL_DEBOUNCE_MS);
    }
  }

  /** Seals everything pending now (after the pass in progress, if any). */
  async sealNow(): Promise<void> {
    while (this.running) await this.running;
    await this.start();
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    if (this.timer) return;
    // Outside the request's async context: the seal's statements are not the request's.
    this.timer = sqlRequestScope.exit(() =>
      setTimeout(() => {
        this.timer = null;
        void this.start();
      }, delayMs),
    );
  }

  private start(): Promise<void> {
    this.again = false;
    const run: Promise<void> = this.pass().then((retryMs) => {
      if (this.running === run) this.running = null;
      if (retryMs !== null) this.schedule(retryMs);
      else if (this.again) this.schedule(SEAL_DEBOUNCE_MS);
    });
    this.running = run;
    return run;
  }

  /** Seals batch after batch until the queue is empty; on failure, the delay before a retry. */
  private async pass(): Promise<number | null> {
    try {
      for (;;) {
        if (this.stopped || !this.dataSource.isInitialized) return null;
        const r = await sealPendingBatch(this.dataSource);
        if (!r.more) break;
      }
      this.failures = 0;
      return null;
    } catch (error) {
      // The database may be restarting: the events stay queued, the next pass seals them.
      this.failures += 1;
      if (this.failures <= 3 || this.failures % 100 === 0) this.logger.warn(`sealing failed (${this.failures}×), will retry: ${(error as Error).message}`);
      return Math.min(SEAL_INTERVAL_MS, 100 * 2 ** this.failures);
    }
  }
}
