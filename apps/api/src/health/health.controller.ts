import { Controller, Get, HttpCode, HttpStatus, Res } from '@nestjs/common';
import type { Response } from 'express';
import { DataSource } from 'typeorm';

/**
 * `/health`: the process is alive and says whether the database answers (for people and
 * dashboards). `/ready`: 200 only when requests can be served, 503 otherwise (for load balancers).
 */
@Controller()
export class HealthController {
  constructor(private readonly dataSource: DataSource) {}

  private async databaseReachable(): Promise<{ ok: boolean; latencyMs: number | null }> {
    const started = Date.now();
    try {
      await Promise.race([
        this.dataSource.query('SELECT 1'),
        new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 2000)),
      ]);
      return { ok: true, latencyMs: Date.now() - started };
    } catch {
      return { ok: false, latencyMs: null };
    }
  }

  @Get('health')
  @HttpCode(HttpStatus.OK)
  async health() {
    const db = await this.databaseReachable();
    return { status: 'ok', database: db.ok ? 'up' : 'down', databaseLatencyMs: db.latencyMs, uptimeSeconds: Math.round(process.uptime()) };
  }

  @Get('ready')
  async ready(@Res({ passthrough: true }) res: Response) {
    const db = await this.databaseReachable();
    res.status(db.ok ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
    return { status: db.ok ? 'ready' : 'unavailable', database: db.ok ? 'up' : 'down' };
  }
}
