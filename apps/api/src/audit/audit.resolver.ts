import { Args, Field, ID, InputType, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { IsDate, IsOptional, IsString, Length } from 'class-validator';
import { Type } from 'class-transformer';
import { DataSource } from 'typeorm';
import { Role } from '@nap/domain';
import { Roles } from '../common/auth/decorators';
import { JSONScalar } from '../common/graphql/json.scalar';
import { PageInput, Paginated, pageOf } from '../common/graphql/paging';
import { AuditEventEntity } from './entities/audit-event.entity';
import { verifyAuditChain } from './audit-chain';

@ObjectType()
export class AuditEvent {
  @Field(() => ID) id!: string;
  @Field() at!: Date;
  @Field(() => ID, { nullable: true }) actorId!: string | null;
  @Field(() => String, { nullable: true }) actorEmail!: string | null;
  @Field(() => String, { nullable: true }) actorRole!: string | null;
  @Field() action!: string;
  @Field() entityType!: string;
  @Field() entityId!: string;
  @Field(() => JSONScalar, { nullable: true }) before!: Record<string, unknown> | null;
  @Field(() => JSONScalar, { nullable: true }) after!: Record<string, unknown> | null;
  @Field(() => String, { nullable: true }) requestId!: string | null;
}

@InputType()
export class AuditEventFilter {
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(1, 64) entityType?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(1, 64) entityId?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(1, 254) actorEmail?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(1, 64) action?: string;
  @Field({ nullable: true }) @IsOptional() @Type(() => Date) @IsDate() from?: Date;
  @Field({ nullable: true }) @IsOptional() @Type(() => Date) @IsDate() to?: Date;
}

const AuditEventPage = Paginated(AuditEvent, 'AuditEventPage');

@ObjectType({ description: 'Result of recomputing the audit hash chain (the seals, in their order), after sealing what was pending.' })
export class AuditChainVerification {
  @Field() ok!: boolean;
  @Field({ description: 'Seals verified (all of them, or those before the first broken link).' }) checked!: number;
  @Field(() => ID, { nullable: true, description: 'The event at the first seal whose hash or link does not match.' }) firstBrokenId!: string | null;
  @Field(() => ID, { nullable: true, description: 'The sequence number of that seal.' }) firstBrokenSeq!: string | null;
  @Field(() => String, { nullable: true }) reason!: string | null;
  @Field(() => Int, { description: 'Pending events this verification sealed before walking the chain.' }) sealedNow!: number;
  @Field(() => Int, { description: 'Events without a seal when the walk ended (committed meanwhile, or sealing was busy elsewhere).' }) unsealed!: number;
}

@Resolver(() => AuditEvent)
export class AuditResolver {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Roles(Role.ADMIN, Role.COORDINATOR, Role.AUDITOR)
  @Query(() => AuditEventPage, { description: 'The append-only audit trail, newest first.' })
  async auditEvents(
    @Args('filter', { type: () => AuditEventFilter }) filter: AuditEventFilter,
    @Args('page', { type: () => PageInput, nullable: true }) page?: PageInput,
  ) {
    const { offset, limit } = pageOf(page);
    const qb = this.dataSource.getRepository(AuditEventEntity).createQueryBuilder('e');
    if (filter.entityType) qb.andWhere('e.entity_type = :t', { t: filter.entityType });
    if (filter.entityId) qb.andWhere('e.entity_id = :i', { i: filter.entityId });
    if (filter.actorEmail) qb.andWhere('e.actor_email = :a', { a: filter.actorEmail.toLowerCase() });
    if (filter.action) qb.andWhere('e.action = :act', { act: filter.action });
    if (filter.from) qb.andWhere('e.at >= :from', { from: filter.from });
    if (filter.to) qb.andWhere('e.at < :to', { to: filter.to });
    const [items, total] = await qb.orderBy('e.id', 'DESC').skip(offset).take(limit).getManyAndCount();
    return { items, total };
  }

  @Roles(Role.ADMIN, Role.AUDITOR)
  @Query(() => AuditChainVerification, { description: 'Seals pending events, recomputes the hash chain and names the first broken link.' })
  verifyAuditChain() {
    return verifyAuditChain(this.dataSource);
  }
}
