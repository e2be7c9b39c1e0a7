import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { ImplementationStatus, ReportStatus } from '../../common/graphql/enums';
import { JSONScalar } from '../../common/graphql/json.scalar';

@ObjectType()
export class BreakdownCellModel {
  @Field(() => [String], { description: 'One option per dimension covered, as "dimension:option", e.g. ["sex:female"].' }) options!: string[];
  @Field(() => Float) value!: number;
}

@ObjectType()
export class IndicatorValueModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) indicatorId!: string;
  @Field(() => Float, { nullable: true }) value!: number | null;
  @Field(() => [BreakdownCellModel]) breakdown!: BreakdownCellModel[];
}

@ObjectType()
export class EvidenceModel {
  @Field(() => ID) id!: string;
  @Field() kind!: string;
  @Field() title!: string;
  @Field(() => String, { nullable: true }) url!: string | null;
  @Field(() => String, { nullable: true }) fileName!: string | null;
  @Field(() => String, { nullable: true }) contentType!: string | null;
  @Field(() => Float, { nullable: true }) sizeBytes!: number | null;
  @Field(() => String, { nullable: true }) sha256!: string | null;
  @Field(() => String, { nullable: true, description: 'Download URL for files (send the Bearer token).' }) downloadUrl?: string | null;
  @Field() createdAt!: Date;
}

@ObjectType({ description: 'One workflow transition, with its comment and (on submission) the report as submitted.' })
export class ReportHistoryEntry {
  @Field(() => ID) id!: string;
  @Field() action!: string;
  @Field(() => ReportStatus, { nullable: true }) fromStatus!: ReportStatus | null;
  @Field(() => ReportStatus) toStatus!: ReportStatus;
  @Field(() => Int) reportVersion!: number;
  @Field(() => String, { nullable: true }) comment!: string | null;
  @Field(() => JSONScalar, { nullable: true }) snapshot!: Record<string, unknown> | null;
  @Field(() => ID, { nullable: true }) actorId!: string | null;
  @Field(() => String, { nullable: true }) actorName?: string | null;
  @Field() at!: Date;
  @Field() late!: boolean;
}

@ObjectType({ description: 'One report per assignment per period.' })
export class ProgressReport {
  @Field(() => ID) id!: string;
  @Field(() => ID) assignmentId!: string;
  @Field(() => ID) measureId!: string;
  @Field(() => ID) organizationId!: string;
  @Field(() => ID) periodId!: string;
  @Field(() => ReportStatus) status!: ReportStatus;
  @Field(() => ImplementationStatus) implementationStatus!: ImplementationStatus;
  @Field(() => Float) percentComplete!: number;
  @Field(() => String, { nullable: true }) narrativeAz!: string | null;
  @Field(() => String, { nullable: true }) narrativeEn!: string | null;
  @Field(() => String, { nullable: true }) narrativeRu!: string | null;
  @Field(() => String, { nullable: true }) challenges!: string | null;
  @Field(() => String, { nullable: true }) nextSteps!: string | null;
  @Field(() => Float, { nullable: true }) expenditureAmount!: number | null;
  @Field(() => String, { nullable: true }) expenditureCurrency!: string | null;
  @Field(() => String, { nullable: true }) expenditureSource!: string | null;
  @Field({ description: 'First submitted after the period’s due date.' }) late!: boolean;
  @Field(() => Int, { description: 'Optimistic lock: send it back when saving.' }) version!: number;
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;
  @Field(() => Date, { nullable: true }) submittedAt!: Date | null;
  @Field(() => Date, { nullable: true }) returnedAt!: Date | null;
  @Field(() => Date, { nullable: true }) acceptedAt!: Date | null;
  @Field(() => Date, { nullable: true }) reopenedAt!: Date | null;
}
