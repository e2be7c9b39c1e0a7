import { ArgsType, Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
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
import { AssignmentRole, CombineRule, IndicatorUnit, PlanStatus } from '../../common/graphql/enums';
import { IsCalendarDate, IsOmittable } from '../../common/validators';

const FINITE = { allowNaN: false, allowInfinity: false } as const;
const CODE = /^[\p{L}\p{N}][\p{L}\p{N}._-]*$/u;

@InputType()
export class CreatePlanInput {
  @Field() @IsString() @Length(1, 64) @Matches(CODE, { message: 'code may contain letters, digits, dot, dash and underscore' }) code!: string;
  @Field() @IsString() @Length(1, 500) titleAz!: string;
  @Field() @IsString() @Length(1, 500) titleEn!: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(1, 500) titleRu?: string;
  @Field() @IsCalendarDate() startDate!: string;
  @Field() @IsCalendarDate() endDate!: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(1, 500) approvingAct?: string;
  @Field({ nullable: true }) @IsOptional() @IsCalendarDate() approvedOn?: string;
  @Field(() => PlanStatus, { nullable: true }) @IsOptional() @IsEnum(PlanStatus) status?: PlanStatus;
}

@InputType()
export class CreateSectionInput {
  @Field(() => ID) @IsUUID() planId!: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() parentId?: string;
  @Field() @IsString() @Length(1, 32) @Matches(CODE, { message: 'code may contain letters, digits, dot, dash and underscore' }) code!: string;
  @Field() @IsString() @Length(1, 500) titleAz!: string;
  @Field() @IsString() @Length(1, 500) titleEn!: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(100000) sortOrder?: number;
}

@InputType()
export class CreateMeasureInput {
  @Field(() => ID) @IsUUID() sectionId!: string;
  @Field() @IsString() @Length(1, 32) @Matches(CODE, { message: 'code may contain letters, digits, dot, dash and underscore' }) code!: string;
  @Field() @IsString() @Length(1, 1000) titleAz!: string;
  @Field() @IsString() @Length(1, 1000) titleEn!: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(0, 20000) descriptionAz?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(0, 20000) descriptionEn?: string;
  @Field() @IsCalendarDate() startDate!: string;
  @Field() @IsCalendarDate() dueDate!: string;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() recurring?: boolean;
  @Field(() => Float, { nullable: true, defaultValue: 1 }) @IsOptional() @IsNumber(FINITE) @Min(0.01) @Max(1000) weight?: number;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber(FINITE) @Min(0) @Max(1e13) plannedBudget?: number;
  @Field({ nullable: true }) @IsOptional() @Matches(/^[A-Z]{3}$/, { message: 'budgetCurrency must be an ISO 4217 code such as AZN' }) budgetCurrency?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(0, 300) fundingSource?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(0, 20000) expectedResultAz?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(0, 20000) expectedResultEn?: string;
  @Field(() => [String], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(50) @IsString({ each: true }) @Length(1, 64, { each: true }) tags?: string[];
}

@InputType({ description: 'Changes to a measure; `version` must be the version you read (optimistic lock).' })
export class UpdateMeasureInput {
  @Field(() => ID) @IsUUID() id!: string;
  @Field(() => Int) @IsInt() @Min(1) version!: number;
  @Field(() => ID, { nullable: true }) @IsOmittable() @IsUUID() sectionId?: string;
  @Field({ nullable: true }) @IsOmittable() @IsString() @Length(1, 32) @Matches(CODE, { message: 'code may contain letters, digits, dot, dash and underscore' }) code?: string;
  @Field({ nullable: true }) @IsOmittable() @IsString() @Length(1, 1000) titleAz?: string;
  @Field({ nullable: true }) @IsOmittable() @IsString() @Length(1, 1000) titleEn?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(0, 20000) descriptionAz?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(0, 20000) descriptionEn?: string;
  @Field({ nullable: true }) @IsOmittable() @IsCalendarDate() startDate?: string;
  @Field({ nullable: true }) @IsOmittable() @IsCalendarDate() dueDate?: string;
  @Field({ nullable: true }) @IsOmittable() @IsBoolean() recurring?: boolean;
  @Field(() => Float, { nullable: true }) @IsOmittable() @IsNumber(FINITE) @Min(0.01) @Max(1000) weight?: number;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber(FINITE) @Min(0) @Max(1e13) plannedBudget?: number;
  @Field({ nullable: true }) @IsOptional() @Matches(/^[A-Z]{3}$/, { message: 'budgetCurrency must be an ISO 4217 code such as AZN' }) budgetCurrency?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(0, 300) fundingSource?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(0, 20000) expectedResultAz?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(0, 20000) expectedResultEn?: string;
  @Field(() => [String], { nullable: true }) @IsOmittable() @IsArray() @ArrayMaxSize(50) @IsString({ each: true }) @Length(1, 64, { each: true }) tags?: string[];
}

@ArgsType()
export class AssignMeasureArgs {
  @Field(() => ID) @IsUUID() measureId!: string;
  @Field(() => ID) @IsUUID() organizationId!: string;
  @Field(() => AssignmentRole) @IsEnum(AssignmentRole) role!: AssignmentRole;
}

@ArgsType()
export class UnassignMeasureArgs {
  @Field(() => ID) @IsUUID() measureId!: string;
  @Field(() => ID) @IsUUID() organizationId!: string;
}

@InputType()
export class IndicatorDimensionInput {
  @Field() @IsString() @Matches(/^[a-z][a-z0-9_]{0,31}$/, { message: 'dimension code must be lower-case like "sex" or "age_group"' }) code!: string;
  @Field(() => [String])
  @IsArray()
  @ArrayMinSize(2)
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @Matches(/^[a-z0-9][a-z0-9_]{0,31}$/, { each: true, message: 'options must be lower-case like "female"' })
  options!: string[];
}

@InputType()
export class CreateIndicatorInput {
  @Field(() => ID) @IsUUID() measureId!: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(1, 64) @Matches(CODE, { message: 'code may contain letters, digits, dot, dash and underscore' }) code?: string;
  @Field() @IsString() @Length(1, 500) nameAz!: string;
  @Field() @IsString() @Length(1, 500) nameEn!: string;
  @Field(() => IndicatorUnit) @IsEnum(IndicatorUnit) unit!: IndicatorUnit;
  @Field({ nullable: true }) @IsOptional() @Matches(/^[A-Z]{3}$/, { message: 'currency must be an ISO 4217 code such as AZN' }) currency?: string;
  @Field(() => CombineRule) @IsEnum(CombineRule) combineRule!: CombineRule;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber(FINITE) @Min(-1e13) @Max(1e13) baseline?: number;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber(FINITE) @Min(-1e13) @Max(1e13) target?: number;
  @Field(() => [IndicatorDimensionInput], { nullable: true, defaultValue: [] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(5)
  @ValidateNested({ each: true })
  @Type(() => IndicatorDimensionInput)
  dimensions?: IndicatorDimensionInput[];
}

@InputType()
export class OpenReportingPeriodInput {
  @Field(() => ID) @IsUUID() planId!: string;
  @Field() @IsString() @Length(1, 32) label!: string;
  @Field() @IsCalendarDate() startDate!: string;
  @Field() @IsCalendarDate() endDate!: string;
  @Field() @IsCalendarDate() dueDate!: string;
}

@InputType()
export class MeasureFilter {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() planId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() sectionId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() organizationId?: string;
  @Field({ nullable: true, description: 'Matches code or title, folding case the Azerbaijani way.' }) @IsOptional() @IsString() @Length(1, 200) search?: string;
  @Field({ nullable: true, description: 'Only measures whose due date is before this date and not completed.' }) @IsOptional() @IsCalendarDate() overdueOn?: string;
}
