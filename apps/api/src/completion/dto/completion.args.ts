import { ArgsType, Field, ID } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { PageInput } from '../../common/graphql/paging';

@ArgsType()
export class ReportingComplianceArgs {
  @Field(() => ID)
  @IsUUID()
  planId!: string;

  @Field(() => ID, { description: 'Completion is computed as of the end of this period.' })
  @IsUUID()
  periodId!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Only this organisation: the measures it is assigned to (and, for indicators, only its own values).',
  })
  @IsOptional()
  @IsUUID()
  organizationId?: string | null;
}

@ArgsType()
export class PlanCompletionArgs extends ReportingComplianceArgs {
  @Field(() => ID, { nullable: true, description: 'Only this section and its subsections.' })
  @IsOptional()
  @IsUUID()
  sectionId?: string | null;
}

@ArgsType()
export class IndicatorSummaryArgs extends PlanCompletionArgs {
  @Field(() => Boolean, { defaultValue: false, description: 'Hide disaggregated counts from 1 to the configured threshold, and their complements.' })
  @IsOptional()
  @IsBoolean()
  suppressSmallCounts = false;

  @Field(() => PageInput, {
    nullable: true,
    description: 'Which indicators, in the order of section, measure code and indicator; the first 50 when absent.',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => PageInput)
  page?: PageInput | null;
}
