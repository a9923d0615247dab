import { Body, Controller, Delete, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AssignmentDto, MyAssignmentDto, Page, PersonRef, WorkPackageDto } from '@ntm/shared';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { PageQueryDto } from '../common/pagination/page-query.dto';
import { UuidParam } from '../common/pipes/uuid-param.pipe';
import { AssignmentsService } from './assignments.service';
import { CreateAssignmentDto, EnumeratorQueryDto } from './dto/assignment.dto';
import { WorkPackageService } from './work-package.service';

@ApiTags('assignments')
@ApiBearerAuth()
@Controller()
export class AssignmentsController {
  constructor(
    private readonly assignments: AssignmentsService,
    private readonly workPackage: WorkPackageService,
  ) {}

  @Get('campaigns/:id/assignments')
  @Roles('admin', 'supervisor', 'steering')
  @ApiOperation({ summary: 'Enumerators ↔ villages, with households done / expected' })
  list(@CurrentUser() user: AuthUser, @UuidParam('id') id: string, @Query() query: PageQueryDto): Promise<Page<AssignmentDto>> {
    return this.assignments.list(user, id, query);
  }

  @Post('campaigns/:id/assignments')
  @Roles('admin', 'supervisor')
  create(@CurrentUser() user: AuthUser, @UuidParam('id') id: string, @Body() body: CreateAssignmentDto): Promise<AssignmentDto> {
    return this.assignments.create(user, id, body);
  }

  @Delete('campaigns/:id/assignments/:assignmentId')
  @Roles('admin', 'supervisor')
  @HttpCode(204)
  remove(@CurrentUser() user: AuthUser, @UuidParam('id') id: string, @UuidParam('assignmentId') assignmentId: string): Promise<void> {
    return this.assignments.remove(user, id, assignmentId);
  }

  @Get('campaigns/:id/enumerators')
  @Roles('admin', 'supervisor')
  @ApiOperation({ summary: 'Enumerators who may be assigned in this campaign' })
  enumerators(@CurrentUser() user: AuthUser, @UuidParam('id') id: string, @Query() query: EnumeratorQueryDto): Promise<Page<PersonRef & { unitCode: string }>> {
    return this.assignments.enumerators(user, id, query);
  }

  @Get('me/assignments')
  mine(@CurrentUser() user: AuthUser): Promise<MyAssignmentDto[]> {
    return this.assignments.mine(user);
  }

  @Get('me/work-package')
  @ApiOperation({ summary: 'Everything the device needs to work offline on the open assignments (forms, villages, households, B1 tables)' })
  workPackageOfMine(@CurrentUser() user: AuthUser): Promise<WorkPackageDto> {
    return this.workPackage.forEnumerator(user);
  }
}
