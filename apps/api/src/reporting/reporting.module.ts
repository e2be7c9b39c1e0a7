import { Module } from '@nestjs/common';
import { PlansModule } from '../plans/plans.module';
import { EvidenceController } from './evidence.controller';
import { EvidenceService } from './evidence.service';
import { AssignmentReportResolver, ReportingResolver } from './reporting.resolver';
import { ReportingService } from './reporting.service';

@Module({
  imports: [PlansModule],
  controllers: [EvidenceController],
  providers: [ReportingResolver, AssignmentReportResolver, ReportingService, EvidenceService],
  exports: [ReportingService],
})
export class ReportingModule {}
