import { Module } from '@nestjs/common';
import { AssignmentResolver, MeasureResolver, PlansResolver, SectionResolver } from './plans.resolver';
import { PlansService } from './plans.service';

@Module({
  providers: [PlansResolver, SectionResolver, MeasureResolver, AssignmentResolver, PlansService],
  exports: [PlansService],
})
export class PlansModule {}
