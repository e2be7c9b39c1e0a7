import { Global, Module } from '@nestjs/common';
import { CompletionResolver } from './completion.resolver';
import { CompletionService } from './completion.service';
import { DashboardCache } from './dashboard-cache';
import { RollupService } from './rollup.service';

/** Global: the plans and reporting services keep the rollups in their own transactions. */
@Global()
@Module({
  providers: [CompletionResolver, CompletionService, RollupService, DashboardCache],
  exports: [CompletionService, RollupService, DashboardCache],
})
export class CompletionModule {}
