import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: "An organisation's reporting in a period (or the plan total, without organisation)." })
export class OrganizationCompliance {
  @Field(() => ID, { nullable: true }) organizationId!: string | null;
  @Field(() => String, { nullable: true }) code!: string | null;
  @Field(() => String, { nullable: true }) nameAz!: string | null;
  @Field(() => String, { nullable: true }) nameEn!: string | null;
  @Field(() => Int, { description: 'One per assignment whose measure runs in the period (or that reported anyway).' })
  expected!: number;
  @Field(() => Int, { description: 'First submitted by the due date (inclusive, UTC).' }) onTime!: number;
  @Field(() => Int) late!: number;
  @Field(() => Int, { description: 'Never submitted.' }) missing!: number;
  @Field(() => Int, { description: 'onTime + late: a submission awaiting review counts.' }) submitted!: number;
  @Field(() => Int) accepted!: number;
  @Field(() => Int, { description: 'Submitted and not reviewed yet.' }) awaitingReview!: number;
  @Field(() => Float, { nullable: true, description: 'onTime / expected × 100, 2 decimals; null when nothing was expected.' })
  timelinessPercent!: number | null;
}

@ObjectType()
export class ReportingCompliance {
  @Field(() => ID) planId!: string;
  @Field(() => ID) periodId!: string;
  @Field(() => [OrganizationCompliance]) byOrganization!: OrganizationCompliance[];
  @Field(() => OrganizationCompliance) total!: OrganizationCompliance;
}
