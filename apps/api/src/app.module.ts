import { DashboardCache } from './completion/dashboard-cache';
import { dashboardResponsePlugin, keptResultStringifier } from './completion/dashboard-response.plugin';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { type DynamicModule, Global, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { GraphQLPassThroughFilter } from './common/graphql-exception.filter';
import { GraphQLModule } from '@nestjs/graphql';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ServeStaticModule } from '@nestjs/serve-static';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Request, Response } from 'express';
import type { AppConfig } from './config/app-config';
import { dataSourceOptions } from './database/data-source';
import { HealthController } from './health/health.controller';
import { AuthGuard } from './common/auth/auth.guard';
import { TokenService } from './common/auth/token.service';
import { SessionRevocations } from './common/auth/session-revocations';
import { formatGraphQLError } from './common/format-error';
import type { GraphQLContext } from './common/graphql-context';
import { Loaders } from './common/loaders';
import { APP_CONFIG, JWT_SECRET } from './common/tokens';
import { createValidationPipe } from './common/validation.pipe';
import { SystemResolver } from './system/system.resolver';
import { FEATURE_MODULES } from './features';
import { sqlRequestScope } from './common/sql-counter';
import { queryLimitsRule } from './common/graphql/limits';

export interface AppModuleOptions {
  config: AppConfig;
  databaseUrl: string;
  jwtSecret: string;
  poolSize: number;
  /** Longest wait for a pooled connection before SERVICE_UNAVAILABLE (ms). */
  poolWaitMs?: number;
  /** Named (prepared) statements for the hot write path: a server database, not the embedded one. */
  prepareStatements?: boolean;
}

/** Where the built portal is: PORTAL_DIR, else next to the bundled API, else the workspace's dist. */
function findPortalDir(config: AppConfig): string | null {
  const candidates = [
    config.portalDir,
    join(__dirname, '..', 'portal', 'browser'),
    join(process.cwd(), 'dist', 'apps', 'portal', 'browser'),
  ].filter((d): d is string => d !== null);
  return candidates.find((d) => existsSync(join(d, 'index.html'))) ?? null;
}

@Global()
@Module({})
class CoreModule {
  static register(options: AppModuleOptions): DynamicModule {
    return {
      module: CoreModule,
      providers: [
        { provide: APP_CONFIG, useValue: options.config },
        { provide: JWT_SECRET, useValue: options.jwtSecret },
        TokenService,
        SessionRevocations,
      ],
      exports: [APP_CONFIG, JWT_SECRET, TokenService, SessionRevocations],
    };
  }
}

@Module({})
export class AppModule {
  static register(options: AppModuleOptions): DynamicModule {
    const { config } = options;
    const production = config.nodeEnv === 'production';
    const portalDir = findPortalDir(config);
    return {
      module: AppModule,
      imports: [
        CoreModule.register(options),
        TypeOrmModule.forRoot({
          ...dataSourceOptions(options.databaseUrl, { logSql: config.logSql, poolSize: options.poolSize, poolWaitMs: options.poolWaitMs, prepareStatements: options.prepareStatements }),
          // Start-up already checked the connection; at run time a lost database must not
          // make the process retry for ever or exit: requests fail fast and it recovers.
          retryAttempts: 0,
          migrationsRun: false,
        }),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [TokenService, DashboardCache],
          useFactory: (tokens: TokenService, dashboard: DashboardCache) => ({
            // The committed contract (apps/api/schema.gql) is written by `npm run schema`.
            autoSchemaFile: process.env['GRAPHQL_SCHEMA_FILE'] || true,
            sortSchema: true,
            path: '/graphql',
            introspection: !production,
            playground: false,
            csrfPrevention: true,
            allowBatchedHttpRequests: false,
            validationRules: [queryLimitsRule],
            plugins: [
              ...(production ? [ApolloServerPluginLandingPageDisabled()] : []),
              // No cache hints are used: without this, Apollo wraps every field's resolver and
              // builds a cache-hint object per resolved field (~25,000 in a 1,500-assignment plan tree).
              ApolloServerPluginCacheControlDisabled(),
              // Whole responses of dashboard-only queries, kept per plan data version.
              dashboardResponsePlugin(dashboard),
              {
                async requestDidStart() {
                  return {
                    async willSendResponse({ response }: { response: { http: { headers: Map<string, string> } } }) {
                      const scope = sqlRequestScope.getStore();
                      if (scope) response.http.headers.set('x-sql-statements', String(scope.statements));
                    },
                  };
                },
              },
            ],
            includeStacktraceInErrorResponses: false,
            // A kept dashboard response is written from its kept JSON, not serialized again.
            stringifyResult: keptResultStringifier(dashboard),
            formatError: formatGraphQLError,
            context: ({ req, res }: { req: Request; res: Response }): Omit<GraphQLContext, 'user'> & { user: GraphQLContext['user'] } => {
              const { user } = tokens.fromAuthorizationHeader(req.headers.authorization);
              const header = req.headers['x-request-id'];
              const requestId = typeof header === 'string' && /^[\w.-]{1,64}$/.test(header) ? header : randomUUID();
              res.setHeader('x-request-id', requestId);
              return { req, res, user, requestId, loaders: new Loaders() };
            },
          }),
        }),
        ...(portalDir
          ? [
              ServeStaticModule.forRoot({
                rootPath: portalDir,
                exclude: ['/graphql{/*path}', '/health', '/ready', '/files{/*path}'],
              }),
            ]
          : []),
        ...FEATURE_MODULES,
      ],
      controllers: [HealthController],
      providers: [
        SystemResolver,
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_FILTER, useClass: GraphQLPassThroughFilter },
      ],
    };
  }
}
