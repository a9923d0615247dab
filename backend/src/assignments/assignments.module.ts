import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { FormsModule } from '../forms/forms.module';
import { ProxyTablesModule } from '../proxy-tables/proxy-tables.module';
import { UnitsModule } from '../units/units.module';
import { AssignmentsController } from './assignments.controller';
import { AssignmentsService } from './assignments.service';
import { Assignment } from './entities/assignment.entity';
import { WorkPackageService } from './work-package.service';

@Module({
  imports: [TypeOrmModule.forFeature([Assignment]), CampaignsModule, UnitsModule, FormsModule, ProxyTablesModule],
  controllers: [AssignmentsController],
  providers: [AssignmentsService, WorkPackageService],
  exports: [AssignmentsService],
})
export class AssignmentsModule {}
