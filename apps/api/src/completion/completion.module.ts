import { Module } from '@nestjs/common';
import { CompletionResolver } from './completion.resolver';
import { CompletionService } from './completion.service';

@Module({
  providers: [CompletionResolver, CompletionService],
  exports: [CompletionService],
})
export class CompletionModule {}
