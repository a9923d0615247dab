import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { HealthResponse } from '@ntm/shared';
import { DataSource } from 'typeorm';
import { Public } from '../auth/auth.decorators';
import { DomainError } from '../common/errors/domain-error';

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Get()
  async check(): Promise<HealthResponse> {
    await this.dataSource.query('SELECT 1').catch(() => {
      throw new DomainError('INTERNAL', 'The database does not answer');
    });
    return { status: 'ok', database: 'up' };
  }
}
