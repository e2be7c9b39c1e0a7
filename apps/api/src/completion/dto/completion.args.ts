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
export class IndicatorScopeArgs extends PlanCompletionArgs {
  @Field(() => Boolean, { defaultValue: false, description: 'Hide disaggregated counts from 1 to the configured threshold, and their complements.' })
  @IsOptional()
  @IsBoolean()
  suppressSmallCounts = false;
}

/** The contract's list: every indicator in scope unless a page is asked for. */
@ArgsType()
export class IndicatorSummaryArgs extends IndicatorScopeArgs {
  @Field(() => PageInput, {
    nullable: true,
    description: 'Only these indicators, in the order of section, measure code and indicator; every indicator in scope when absent.',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => PageInput)
  page?: PageInput | null;
}

/** The portal's server-paged indicator table: one page and the total. */
@ArgsType()
export class IndicatorSummaryPageArgs extends IndicatorScopeArgs {
  @Field(() => PageInput, {
    nullable: true,
    description: 'Which indicators, in the order of section, measure code and indicator; the first 50 when absent.',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => PageInput)
  page?: PageInput | null;
}
