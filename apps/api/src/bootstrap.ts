import 'reflect-metadata';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { Logger, type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import helmet from 'helmet';
import type { Response } from 'express';
import type { AppConfig } from './config/app-config';
import { AppModule } from './app.module';
import { EMBEDDED_MAX_CONNECTIONS, startEmbeddedPostgres, type EmbeddedPostgres } from './database/embedded-postgres';
import { checkDatabaseReachable } from './database/preflight';
import { seedDemoIfEmpty } from './database/seed/demo-seed';
import { sqlRequestScope } from './common/sql-counter';

export interface RunningApp {
  app: INestApplication;
  url: string;
  databaseUrl: string;
  embedded: boolean;
  seeded: boolean;
  close(): Promise<void>;
}

/** Development secret kept in the data folder so tokens survive a restart; production needs JWT_SECRET. */
function resolveJwtSecret(config: AppConfig): string {
  if (config.jwtSecret) return config.jwtSecret;
  mkdirSync(config.dataDir, { recursive: true });
  const file = join(config.dataDir, 'jwt-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

/**
 * Builds and starts the whole platform: database (embedded or server), migrations, demo data,
 * API and portal on one port. Used by main.ts and by the integration tests.
 */
export async function startApp(config: AppConfig, opts: { embeddedInMemory?: boolean; silent?: boolean } = {}): Promise<RunningApp> {
  let embedded: EmbeddedPostgres | null = null;
  let databaseUrl = config.databaseUrl;
  // Named statements need a backend per connection: not the embedded database's single one.
  let oneBackend = true;
  if (databaseUrl === null) {
    embedded = await startEmbeddedPostgres(opts.embeddedInMemory ? null : join(config.dataDir, 'pglite'));
    databaseUrl = embedded.url;
  } else {
    oneBackend = (await checkDatabaseReachable(databaseUrl)).pglite;
  }

  let app: NestExpressApplication | null = null;
  try {
    app = await NestFactory.create<NestExpressApplication>(
      AppModule.register({
        config,
        databaseUrl,
        jwtSecret: resolveJwtSecret(config),
        poolSize: embedded ? EMBEDDED_MAX_CONNECTIONS : config.databasePoolSize,
        // The embedded database is in this process and cannot go away on its own; a burst of
        // writers just queues for its single backend (50 concurrent saves take seconds).
        poolWaitMs: embedded ? 60_000 : 5000,
        // One backend serves every pooled connection of an embedded database: names would collide.
        prepareStatements: !oneBackend,
      }),
      { logger: opts.silent ? ['error'] : ['log', 'warn', 'error'], bufferLogs: false },
    );
    app.disable('x-powered-by');
    // No ETag on API answers: they are POSTed GraphQL results, never revalidated, and hashing each
    // body (123 KB for a national plan's dashboard) cost ~4 % of the API's CPU under load. Static
    // portal files and downloads keep theirs (serve-static and send set their own).
    app.set('etag', false);
    app.set('trust proxy', 'loopback');
    app.use(
      helmet({
        contentSecurityPolicy: {
          directives: {
            defaultSrc: ["'self'"],
            scriptSrc: ["'self'"],
            styleSrc: ["'self'", "'unsafe-inline'"],
            imgSrc: ["'self'", 'data:', 'blob:'],
            fontSrc: ["'self'", 'data:'],
            connectSrc: ["'self'"],
            objectSrc: ["'none'"],
            frameAncestors: ["'none'"],
          },
        },
      }),
    );
    app.useBodyParser('json', { limit: '1mb' });
    // Body errors happen before Nest sees the request: answer them in the API's error shape.
    app.use((err: { type?: string } | undefined, _req: unknown, res: Response, next: (e?: unknown) => void) => {
      if (err?.type === 'entity.too.large') {
        res.status(413).json({ errors: [{ message: 'The request body is larger than 1 MB.', extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
      } else if (err?.type === 'entity.parse.failed' || err?.type === 'encoding.unsupported' || err?.type === 'charset.unsupported') {
        res.status(400).json({ errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }] });
      } else {
        next(err);
      }
    });
    // Express prints stack traces on its error pages outside "production": never do that.
    app.set('env', 'production');
    app.use((_req: unknown, _res: unknown, next: () => void) => sqlRequestScope.run({ statements: 0 }, next));

    const dataSource = app.get(DataSource);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    if (applied.length > 0 && !opts.silent) Logger.log(`Applied ${applied.length} migration(s)`, 'Database');

    const seeded = config.seedDemo ? await seedDemoIfEmpty(dataSource) : false;
    if (seeded && !opts.silent) Logger.log('Loaded the demo plan (2016 annual report)', 'Database');

    await app.listen(config.port, config.host);
    const address = app.getHttpServer().address() as { port: number };
    const url = `http://localhost:${address.port}`;
    const started = app;
    return {
      app: started,
      url,
      databaseUrl,
      embedded: embedded !== null,
      seeded,
      async close() {
        await started.close();
        if (embedded) await embedded.stop();
      },
    };
  } catch (error) {
    if (app) await app.close().catch(() => undefined);
    if (embedded) await embedded.stop().catch(() => undefined);
    throw error;
  }
}
