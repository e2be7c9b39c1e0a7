import { Module } from '@nestjs/common';
import { AuditResolver } from './audit.resolver';
import { AuditSealer } from './audit-sealer';

@Module({ providers: [AuditResolver, AuditSealer], exports: [AuditSealer] })
export class AuditModule {}
