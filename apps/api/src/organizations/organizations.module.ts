import { Global, Module } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { OrganizationsResolver } from './organizations.resolver';
import { OrganizationsService } from './organizations.service';

@Global()
@Module({
  providers: [OrganizationsResolver, OrganizationsService, AuditService],
  exports: [OrganizationsService, AuditService],
})
export class OrganizationsModule {}
