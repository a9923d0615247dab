import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AdministrativeUnit } from './entities/administrative-unit.entity';
import { UnitsImportService } from './import/units-import.service';
import { UnitsController } from './units.controller';
import { UnitsService } from './units.service';

@Module({
  imports: [TypeOrmModule.forFeature([AdministrativeUnit])],
  controllers: [UnitsController],
  providers: [UnitsService, UnitsImportService],
  exports: [UnitsService, UnitsImportService],
})
export class UnitsModule {}
