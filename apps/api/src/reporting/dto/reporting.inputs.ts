import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { ImplementationStatus, ReportStatus } from '../../common/graphql/enums';

const FINITE = { allowNaN: false, allowInfinity: false } as const;

@InputType()
export class BreakdownCellInput {
  @Field(() => [String])
  @IsArray()
  @ArrayMaxSize(5)
  @IsString({ each: true })
  @Length(3, 70, { each: true })
  options!: string[];

  @Field(() => Float) @IsNumber(FINITE) @Min(0) @Max(1e13) value!: number;
}

@InputType()
export class IndicatorValueInput {
  @Field(() => ID) @IsUUID() indicatorId!: string;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber(FINITE) @Min(-1e13) @Max(1e13) value?: number | null;
  @Field(() => [BreakdownCellInput], { nullable: true, defaultValue: [] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => BreakdownCellInput)
  breakdown?: BreakdownCellInput[];
}

@InputType()
export class ExpenditureInput {
  @Field(() => Float) @IsNumber(FINITE) @Min(0) @Max(1e13) amount!: number;
  @Field() @Matches(/^[A-Z]{3}$/, { message: 'currency must be an ISO 4217 code such as AZN' }) currency!: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(0, 300) source?: string;
}

@InputType({ description: 'Creates the draft, or updates it (then `version` is required).' })
export class SaveProgressReportInput {
  @Field(() => ID) @IsUUID() measureId!: string;
  @Field(() => ID) @IsUUID() periodId!: string;
  @Field(() => ID) @IsUUID() organizationId!: string;
  @Field(() => ImplementationStatus) @IsEnum(ImplementationStatus) implementationStatus!: ImplementationStatus;
  @Field(() => Float) @IsNumber(FINITE) @Min(0) @Max(100) percentComplete!: number;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(0, 50000) narrativeAz?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(0, 50000) narrativeEn?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(0, 50000) narrativeRu?: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(2147483647) version?: number;
  @Field(() => ExpenditureInput, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => ExpenditureInput) expenditure?: ExpenditureInput | null;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(0, 20000) challenges?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(0, 20000) nextSteps?: string;
  @Field(() => [IndicatorValueInput], { nullable: true, defaultValue: [] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => IndicatorValueInput)
  indicatorValues?: IndicatorValueInput[];
}

@InputType()
export class ProgressReportFilter {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() planId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() periodId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() organizationId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() measureId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() sectionId?: string;
  @Field(() => [ReportStatus], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(4) @IsEnum(ReportStatus, { each: true }) statuses?: ReportStatus[];
  @Field({ nullable: true }) @IsOptional() @IsBoolean() late?: boolean;
}

@InputType()
export class ReviewQueueFilter {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() periodId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() organizationId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() sectionId?: string;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() late?: boolean;
}

@InputType()
export class EvidenceLinkInput {
  @Field(() => ID) @IsUUID() reportId!: string;
  @Field() @IsString() @Length(1, 300) title!: string;
  @Field() @IsString() @Length(8, 2000) @Matches(/^https?:\/\/[^\s]+$/i, { message: 'url must be an http(s) address' }) url!: string;
}
