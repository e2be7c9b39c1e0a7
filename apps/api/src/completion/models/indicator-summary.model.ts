import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import { Paginated } from '../../common/graphql/paging';
import { Indicator } from '../../plans/models/plan.models';

@ObjectType({ description: 'One cell of a disaggregation, e.g. ["sex:female"].' })
export class IndicatorBreakdownValue {
  @Field(() => [String]) options!: string[];
  @Field(() => Float, { nullable: true, description: 'null when suppressed (a small count, or the cell that would reveal one).' })
  value!: number | null;
  @Field() suppressed!: boolean;
}

@ObjectType({ description: "An indicator's accepted value in a period, against its target and the previous period." })
export class IndicatorSummary {
  @Field(() => Indicator) indicator!: Indicator;
  @Field() measureCode!: string;
  @Field(() => Float, { nullable: true, description: 'Accepted values of the period combined across organisations by the rule.' })
  value!: number | null;
  @Field(() => Float, { nullable: true }) target!: number | null;
  @Field(() => Float, { nullable: true, description: 'value / target × 100, 2 decimals.' })
  percentOfTarget!: number | null;
  @Field(() => ID, { nullable: true, description: 'The period of the same length ending just before this one.' })
  previousPeriodId!: string | null;
  @Field(() => String, { nullable: true }) previousPeriodLabel!: string | null;
  @Field(() => Float, { nullable: true }) previousValue!: number | null;
  @Field(() => Float, { nullable: true, description: 'value − previousValue.' }) change!: number | null;
  @Field(() => Float, { nullable: true, description: 'Change relative to |previousValue| in %, 1 decimal; null against 0.' })
  changePercent!: number | null;
  @Field(() => [IndicatorBreakdownValue]) breakdown!: IndicatorBreakdownValue[];
  @Field({ description: 'Some breakdown cells were hidden by small-count suppression.' })
  suppressed!: boolean;
}

export const IndicatorSummaryPage = Paginated(IndicatorSummary, 'IndicatorSummaryPage');
