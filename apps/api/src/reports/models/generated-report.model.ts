import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Language, ReportFormat, ReportKind } from '../../common/graphql/enums';
import { Paginated } from '../../common/graphql/paging';

export enum GenerationStatus {
  PENDING = 'PENDING',
  RUNNING = 'RUNNING',
  DONE = 'DONE',
  FAILED = 'FAILED',
}
registerEnumType(GenerationStatus, { name: 'GenerationStatus', description: 'PENDING → RUNNING → DONE, or FAILED with `error`.' });

@ObjectType({ description: 'A completion report as produced: poll `status` and `progress`, then download `url` with the same token.' })
export class GeneratedReport {
  @Field(() => ID) id!: string;
  @Field(() => ReportKind) kind!: ReportKind;
  @Field(() => ID) planId!: string;
  @Field(() => ID) periodId!: string;
  @Field(() => ID, { nullable: true }) organizationId!: string | null;
  @Field(() => ReportFormat) format!: ReportFormat;
  @Field(() => Language) language!: Language;
  @Field({ description: 'Small counts suppressed (a report meant for the public).' }) public!: boolean;
  @Field(() => GenerationStatus) status!: GenerationStatus;
  @Field(() => Int, { description: '0–100.' }) progress!: number;
  @Field(() => String, { nullable: true, description: 'Why the generation failed.' }) error!: string | null;
  @Field(() => String, { nullable: true, description: 'SHA-256 of the bytes, hex.' }) sha256!: string | null;
  @Field(() => Int, { nullable: true }) sizeBytes!: number | null;
  @Field(() => String, { nullable: true }) fileName!: string | null;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true }) completedAt!: Date | null;
  @Field(() => ID) createdBy!: string;
  @Field(() => String, { nullable: true, description: 'Download path (GET with Authorization: Bearer …) once DONE.' })
  url!: string | null;
}

export const GeneratedReportPage = Paginated(GeneratedReport, 'GeneratedReportPage');
