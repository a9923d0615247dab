import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { SurveyDefinition } from '@ntm/shared';
import { Repository } from 'typeorm';
import { notFound } from '../common/errors/domain-error';
import { FormVersion } from './entities/form-version.entity';

const MAX_CACHED = 500;

/** Definitions of published versions, read once: a published version never changes (a trigger
 * guards it), so every response save after the first skips reading its JSON from the database. */
@Injectable()
export class PublishedDefinitions {
  private readonly cache = new Map<string, SurveyDefinition>();

  constructor(@InjectRepository(FormVersion) private readonly versions: Repository<FormVersion>) {}

  async get(versionId: string): Promise<SurveyDefinition> {
    const cached = this.cache.get(versionId);
    if (cached) return cached;
    const version = await this.versions.findOne({ where: { id: versionId, status: 'published' }, select: { id: true, definition: true } });
    if (!version) throw notFound('Published form version');
    if (this.cache.size >= MAX_CACHED) this.cache.delete(this.cache.keys().next().value!);
    this.cache.set(versionId, version.definition);
    return version.definition;
  }
}
