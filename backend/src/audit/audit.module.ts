import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditLog } from './audit-log';
import { PersonalDataExports } from './personal-data-exports';
import { AuditEntry } from './entities/audit-entry.entity';

@Global()
@Module({
  imports: [TypeOrmModule.forFeature([AuditEntry])],
  providers: [AuditLog, PersonalDataExports],
  exports: [AuditLog, PersonalDataExports],
})
export class AuditModule {}
