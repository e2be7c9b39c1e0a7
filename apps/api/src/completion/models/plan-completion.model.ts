import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ImplementationStatus, RagStatus } from '../../common/graphql/enums';

/** A measure's status in the counts: its LEAD's latest accepted implementation status, or NOT_REPORTED. */
export enum MeasureStatus {
  NOT_STARTED = 'NOT_STARTED',
  IN_PROGRESS = 'IN_PROGRESS',
  COMPLETED = 'COMPLETED',
  DELAYED = 'DELAYED',
  CANCELLED = 'CANCELLED',
  NOT_REPORTED = 'NOT_REPORTED',
}
registerEnumType(MeasureStatus, {
  name: 'MeasureStatus',
  description: "ImplementationStatus of a measure's LEAD (latest accepted report), or NOT_REPORTED.",
});

@ObjectType({ description: 'Completion of one measure as of the period (only accepted data counts).' })
export class MeasureCompletion {
  @Field(() => ID) measureId!: string;
  @Field() code!: string;
  @Field() titleAz!: string;
  @Field() titleEn!: string;
  @Field(() => ID) sectionId!: string;
  @Field(() => Float) weight!: number;
  @Field() startDate!: string;
  @Field() dueDate!: string;
  @Field(() => Float, {
    nullable: true,
    description: 'Weighted mean of its assignments (lead 2, partner 1), 0–100, 2 decimals; null without assignments.',
  })
  completion!: number | null;
  @Field(() => Float, { description: 'Share of the time from start to due date elapsed at the period end, 0–100.' })
  expectedProgress!: number;
  @Field(() => RagStatus) rag!: RagStatus;
  @Field(() => ImplementationStatus, { nullable: true, description: "The LEAD's latest accepted status; null if none." })
  implementationStatus!: ImplementationStatus | null;
  @Field({ description: 'Past its due date at the period end and neither completed nor cancelled.' })
  overdue!: boolean;
  @Field({ description: 'Left out of every mean (its LEAD reported it CANCELLED).' })
  cancelled!: boolean;
  @Field({ description: 'At least one of its assignments has an accepted report up to the period.' })
  reported!: boolean;
  @Field(() => Int) assignmentCount!: number;
}

@ObjectType({ description: 'Completion of a section, including its subsections; children nest the same way.' })
export class SectionCompletion {
  @Field(() => ID) id!: string;
  @Field(() => ID, { nullable: true }) parentId!: string | null;
  @Field() code!: string;
  @Field() titleAz!: string;
  @Field() titleEn!: string;
  @Field(() => Float, { nullable: true, description: 'Mean of its measures weighted by measure weight; null when none counts.' })
  percent!: number | null;
  @Field(() => Int, { description: 'Measures in the section and its subsections (within the filter).' })
  measureCount!: number;
  @Field(() => [SectionCompletion]) children!: SectionCompletion[];
}

@ObjectType({ description: 'Completion of an organisation: plain mean over its assignments of measures not cancelled.' })
export class OrganizationCompletion {
  @Field(() => ID) id!: string;
  @Field() code!: string;
  @Field() nameAz!: string;
  @Field() nameEn!: string;
  @Field(() => Float, { nullable: true }) percent!: number | null;
  @Field(() => Int) assignmentCount!: number;
}

@ObjectType()
export class StatusCount {
  @Field(() => MeasureStatus) status!: MeasureStatus;
  @Field(() => Int) count!: number;
}

@ObjectType()
export class RagCount {
  @Field(() => RagStatus) rag!: RagStatus;
  @Field(() => Int) count!: number;
}

@ObjectType({
  description:
    'Completion of a plan as of a period: only accepted reports up to the end of that period count. ' +
    'Percentages are 0–100, rounded once to 2 decimals (half away from zero).',
})
export class PlanCompletion {
  @Field(() => ID) planId!: string;
  @Field(() => ID) periodId!: string;
  @Field({ description: 'End of the chosen period: the date completion and RAG are computed for.' })
  asOf!: string;
  @Field(() => Float, { nullable: true, description: 'Mean of measure completions weighted by measure weight.' })
  percent!: number | null;
  @Field(() => Int) measureCount!: number;
  @Field(() => Int) cancelledCount!: number;
  @Field(() => Int, { description: 'Measures without any assignment: shown, but left out of the means.' })
  unassignedCount!: number;
  @Field(() => [SectionCompletion], { description: 'The section tree (roots; the chosen section when filtered).' })
  bySection!: SectionCompletion[];
  @Field(() => [OrganizationCompletion]) byOrganization!: OrganizationCompletion[];
  @Field(() => [StatusCount], { description: 'Every MeasureStatus, zeros included.' })
  byStatus!: StatusCount[];
  @Field(() => [RagCount], { description: 'Every RAG colour, zeros included; cancelled measures are not counted.' })
  byRag!: RagCount[];
  @Field(() => [MeasureCompletion]) measures!: MeasureCompletion[];
}
