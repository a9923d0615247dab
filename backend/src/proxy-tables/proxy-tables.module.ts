import { Module } from '@nestjs/common';
import { EffectiveProxyTables } from './effective-proxy-tables';
import { ProxyTablesController } from './proxy-tables.controller';
import { ProxyTablesService } from './proxy-tables.service';

@Module({
  controllers: [ProxyTablesController],
  providers: [ProxyTablesService, EffectiveProxyTables],
  // The review assessor scores submitted forms with the effective table.
  exports: [EffectiveProxyTables],
})
export class ProxyTablesModule {}
