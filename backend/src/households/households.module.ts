import { Module } from '@nestjs/common';
import { UnitsModule } from '../units/units.module';
import { HouseholdExporter } from './household-export.service';
import { HouseholdScope } from './household-scope';
import { HouseholdStatusService } from './household-status.service';
import { HouseholdWriter } from './household-writer.service';
import { HouseholdsController } from './households.controller';
import { HouseholdsService } from './households.service';
import { HouseholdsImportService } from './import/households-import.service';

@Module({
  imports: [UnitsModule],
  controllers: [HouseholdsController],
  providers: [HouseholdScope, HouseholdsService, HouseholdWriter, HouseholdStatusService, HouseholdsImportService, HouseholdExporter],
  exports: [HouseholdScope],
})
export class HouseholdsModule {}
