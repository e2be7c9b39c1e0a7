import { Field, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Inject } from '@nestjs/common';
import { Public } from '../common/auth/decorators';
import { APP_CONFIG } from '../common/tokens';
import type { AppConfig } from '../config/app-config';

@ObjectType({ description: 'What the portal needs to know before sign-in.' })
export class SystemInfo {
  @Field() name!: string;
  @Field() version!: string;
  @Field({ description: 'EMBEDDED (zero-setup PGlite) or SERVER (PostgreSQL).' }) database!: string;
  @Field() environment!: string;
  @Field({ description: 'The demo data set is loaded: the portal shows the demo sign-ins.' }) demo!: boolean;
  @Field(() => [String]) languages!: string[];
}

@Resolver(() => SystemInfo)
export class SystemResolver {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @Public()
  @Query(() => SystemInfo)
  systemInfo(): SystemInfo {
    return {
      name: 'NAP Tracker',
      version: process.env['npm_package_version'] ?? '0.1.0',
      database: this.config.databaseUrl === null ? 'EMBEDDED' : 'SERVER',
      environment: this.config.nodeEnv,
      demo: this.config.seedDemo,
      languages: ['AZ', 'EN'],
    };
  }
}
