import { Module } from '@nestjs/common';
import { IndicatorRefresher } from './indicator-refresher';

/** The refresher alone, with no dependency, so campaigns and responses can call it without a cycle
 * through the indicators' read side (which needs campaigns). */
@Module({
  providers: [IndicatorRefresher],
  exports: [IndicatorRefresher],
})
export class IndicatorRefreshModule {}
