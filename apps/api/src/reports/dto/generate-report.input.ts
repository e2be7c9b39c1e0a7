import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional, IsUUID, ValidateIf, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { Language, ReportFormat, ReportKind } from '../../common/graphql/enums';
import { PageInput } from '../../common/graphql/paging';

@InputType()
export class GenerateReportInput {
  @Field(() => ReportKind)
  @IsEnum(ReportKind)
  kind!: ReportKind;

  @Field(() => ID)
  @IsUUID()
  planId!: string;

  @Field(() => ID)
  @IsUUID()
  periodId!: string;

  @Field(() => ID, { nullable: true, description: 'Required for AGENCY_SCORECARD.' })
  @ValidateIf((input: GenerateReportInput) => input.kind === ReportKind.AGENCY_SCORECARD || (input.organizationId ?? null) !== null)
  @IsUUID(undefined, { message: 'organizationId is required for an AGENCY_SCORECARD and must be a UUID' })
  organizationId?: string | null;

  @Field(() => ReportFormat)
  @IsEnum(ReportFormat)
  format!: ReportFormat;

  @Field(() => Language)
  @IsEnum(Language)
  language!: Language;

  @Field(() => Boolean, { defaultValue: false, description: 'For the public: small counts (1 to the threshold) suppressed.' })
  @IsOptional()
  @IsBoolean()
  public = false;
}

@ArgsType()
export class GeneratedReportsArgs {
  @Field(() => ID)
  @IsUUID()
  planId!: string;

  @Field(() => PageInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => PageInput)
  page?: PageInput | null;
}
