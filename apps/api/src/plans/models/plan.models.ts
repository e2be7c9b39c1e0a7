import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  AssignmentRole,
  CombineRule,
  IndicatorUnit,
  PeriodStatus,
  PlanStatus,
} from '../../common/graphql/enums';
import { Organization } from '../../organizations/models/organization.model';

@ObjectType({ description: 'A National Action Plan, e.g. the Third NAP 2014–2016.' })
export class ActionPlan {
  @Field(() => ID) id!: string;
  @Field() code!: string;
  @Field() titleAz!: string;
  @Field() titleEn!: string;
  @Field(() => String, { nullable: true }) titleRu!: string | null;
  @Field() startDate!: string;
  @Field() endDate!: string;
  @Field(() => String, { nullable: true }) approvingAct!: string | null;
  @Field(() => String, { nullable: true }) approvedOn!: string | null;
  @Field(() => PlanStatus) status!: PlanStatus;
  @Field(() => Int) version!: number;
}

@ObjectType({ description: 'A chapter or direction of a plan; sections nest.' })
export class Section {
  @Field(() => ID) id!: string;
  @Field(() => ID) planId!: string;
  @Field(() => ID, { nullable: true }) parentId!: string | null;
  @Field() code!: string;
  @Field() titleAz!: string;
  @Field() titleEn!: string;
  @Field(() => Int) sortOrder!: number;
}

@ObjectType({ description: 'One action (tədbir) of the plan.' })
export class Measure {
  @Field(() => ID) id!: string;
  @Field(() => ID) planId!: string;
  @Field(() => ID) sectionId!: string;
  @Field() code!: string;
  @Field() titleAz!: string;
  @Field() titleEn!: string;
  @Field(() => String, { nullable: true }) descriptionAz!: string | null;
  @Field(() => String, { nullable: true }) descriptionEn!: string | null;
  @Field() startDate!: string;
  @Field() dueDate!: string;
  @Field() recurring!: boolean;
  @Field(() => Float) weight!: number;
  @Field(() => Float, { nullable: true }) plannedBudget!: number | null;
  @Field(() => String, { nullable: true }) budgetCurrency!: string | null;
  @Field(() => String, { nullable: true }) fundingSource!: string | null;
  @Field(() => String, { nullable: true }) expectedResultAz!: string | null;
  @Field(() => String, { nullable: true }) expectedResultEn!: string | null;
  @Field(() => [String]) tags!: string[];
  @Field(() => Int) version!: number;
}

@ObjectType({ description: 'A measure assigned to an organisation, as LEAD (one per measure) or PARTNER.' })
export class Assignment {
  @Field(() => ID) id!: string;
  @Field(() => ID) measureId!: string;
  @Field(() => ID) organizationId!: string;
  @Field(() => AssignmentRole) role!: AssignmentRole;
  @Field(() => Organization) organization?: Organization;
}

@ObjectType()
export class IndicatorDimensionModel {
  @Field() code!: string;
  @Field(() => [String]) options!: string[];
}

@ObjectType({ description: "A quantitative measure of a measure's result." })
export class Indicator {
  @Field(() => ID) id!: string;
  @Field(() => ID) measureId!: string;
  @Field() code!: string;
  @Field() nameAz!: string;
  @Field() nameEn!: string;
  @Field(() => IndicatorUnit) unit!: IndicatorUnit;
  @Field(() => String, { nullable: true }) currency!: string | null;
  @Field(() => CombineRule) combineRule!: CombineRule;
  @Field(() => Float, { nullable: true }) baseline!: number | null;
  @Field(() => Float, { nullable: true }) target!: number | null;
  @Field(() => [IndicatorDimensionModel]) dimensions!: IndicatorDimensionModel[];
}

@ObjectType()
export class ReportingPeriod {
  @Field(() => ID) id!: string;
  @Field(() => ID) planId!: string;
  @Field() label!: string;
  @Field() startDate!: string;
  @Field() endDate!: string;
  @Field() dueDate!: string;
  @Field(() => PeriodStatus) status!: PeriodStatus;
  @Field(() => Date, { nullable: true }) closedAt!: Date | null;
  @Field(() => Int) version!: number;
}
