import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { azCompare } from '@nap/domain';
import { AuditService } from '../audit/audit.service';
import type { RequestContext } from '../common/auth/auth-user';
import { badUserInput } from '../common/errors';
import { OrganizationEntity } from './entities/organization.entity';
import type { CreateOrganizationInput } from './dto/create-organization.input';

@Injectable()
export class OrganizationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** All agencies in Azerbaijani alphabetical order. */
  async list(): Promise<OrganizationEntity[]> {
    const rows = await this.dataSource.getRepository(OrganizationEntity).find();
    return rows.sort((a, b) => azCompare(a.nameAz, b.nameAz));
  }

  findByIds(ids: readonly string[]): Promise<OrganizationEntity[]> {
    return this.dataSource.getRepository(OrganizationEntity).findBy({ id: In([...ids]) });
  }

  async create(input: CreateOrganizationInput, ctx: RequestContext): Promise<OrganizationEntity> {
    return this.dataSource.transaction(async (manager) => {
      const repo = manager.getRepository(OrganizationEntity);
      if (await repo.exist({ where: { code: input.code } })) {
        throw badUserInput([{ field: 'code', message: `an organisation with code ${input.code} already exists` }]);
      }
      if (input.parentId && !(await repo.exist({ where: { id: input.parentId } }))) {
        throw badUserInput([{ field: 'parentId', message: 'no such organisation' }]);
      }
      const saved = await repo.save({
        code: input.code,
        nameAz: input.nameAz.trim(),
        nameEn: input.nameEn.trim(),
        nameRu: input.nameRu?.trim() ?? null,
        acronym: input.acronym ?? null,
        type: input.type,
        parentId: input.parentId ?? null,
      });
      await this.audit.record(manager, ctx.user, ctx.requestId, { action: 'CREATE', entityType: 'Organization', entityId: saved.id, after: saved });
      return saved;
    });
  }
}
