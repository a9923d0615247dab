import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { type FormDetail, type FormVersionDto, isWithinScope, type Page, type PageQuery, scopesOverlap, type SurveyDefinition } from '@ntm/shared';
import { DataSource, Repository } from 'typeorm';
import { AuditLog } from '../audit/audit-log';
import type { AuthUser } from '../auth/auth-user';
import { DomainError, invalidTransition, notFound, outOfScope } from '../common/errors/domain-error';
import { pageWindow } from '../common/pagination/page-query.dto';
import { jsonb } from '../common/sql/jsonb';
import type { CreateFormDto, SaveFormDraftDto } from './dto/form.dto';
import { FormVersion } from './entities/form-version.entity';
import { SurveyForm } from './entities/survey-form.entity';
import { type FormSummaryRow, toFormSummary, toVersionDto, toVersionSummary } from './forms.mapper';
import { definitionProblems } from './survey-definition';

/** A form is visible to everyone inside its owner's scope and to those above it; only the latter may edit it. */
const VISIBLE = `(starts_with(:scope, owner.path) OR starts_with(owner.path, :scope))`;

@Injectable()
export class FormsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(SurveyForm) private readonly forms: Repository<SurveyForm>,
    @InjectRepository(FormVersion) private readonly versions: Repository<FormVersion>,
    private readonly audit: AuditLog,
  ) {}

  async list(user: AuthUser, query: PageQuery): Promise<Page<ReturnType<typeof toFormSummary>>> {
    const window = pageWindow(query);
    const qb = this.summaries().where(VISIBLE, { scope: user.scopePath });
    const [rows, total] = await Promise.all([qb.clone().orderBy('f.key').offset(window.offset).limit(window.pageSize).getRawAndEntities(), qb.getCount()]);
    return { items: rows.entities.map((form, i) => toFormSummary(withVersions(form, rows.raw[i]))), total, page: window.page, pageSize: window.pageSize };
  }

  async detail(user: AuthUser, formId: string): Promise<FormDetail> {
    const found = await this.summaries().where('f.id = :formId', { formId }).andWhere(VISIBLE, { scope: user.scopePath }).getRawAndEntities();
    const form = found.entities[0];
    if (!form) throw notFound('Form');
    const versions = await this.versions.find({ where: { formId }, relations: { publisher: true }, order: { version: 'DESC' } });
    return { ...toFormSummary(withVersions(form, found.raw[0])), versions: versions.map(toVersionSummary) };
  }

  async create(user: AuthUser, dto: CreateFormDto): Promise<FormDetail> {
    assertLoadable(dto.definition);
    const formId = await this.dataSource.transaction(async (manager) => {
      const form = await manager.save(SurveyForm, manager.create(SurveyForm, { key: dto.key, title: dto.title, ownerUnitCode: user.unitCode }));
      await manager.insert(FormVersion, { formId: form.id, version: 1, status: 'draft', title: dto.title, definition: jsonb(dto.definition) });
      return form.id;
    });
    return this.detail(user, formId);
  }

  /** Updates the draft, or opens the next version's draft when every version is published. */
  async saveDraft(user: AuthUser, formId: string, dto: SaveFormDraftDto): Promise<FormVersionDto> {
    assertLoadable(dto.definition);
    const form = await this.requireEditable(user, formId);
    const draft = await this.versions.findOneBy({ formId, status: 'draft' });
    const title = dto.title ?? draft?.title ?? form.title;
    if (draft) {
      await this.versions.update({ id: draft.id, status: 'draft' }, { title, definition: jsonb(dto.definition) });
    } else {
      const latest = await this.versions.maximum('version', { formId });
      await this.versions.insert({ formId, version: (latest ?? 0) + 1, status: 'draft', title, definition: jsonb(dto.definition) });
    }
    await this.forms.update({ id: formId }, { title });
    return this.versionDto((await this.versions.findOneByOrFail({ formId, status: 'draft' })).id, form.key);
  }

  async discardDraft(user: AuthUser, formId: string): Promise<void> {
    await this.requireEditable(user, formId);
    const { affected } = await this.versions.delete({ formId, status: 'draft' });
    if (!affected) throw notFound('Draft');
  }

  async publish(user: AuthUser, formId: string): Promise<FormVersionDto> {
    const form = await this.requireEditable(user, formId);
    const versionId = await this.dataSource.transaction(async (manager) => {
      const draft = await manager.findOneBy(FormVersion, { formId, status: 'draft' });
      if (!draft) throw invalidTransition('The form has no draft to publish');
      assertLoadable(draft.definition);
      await manager.update(FormVersion, { id: draft.id, status: 'draft' }, { status: 'published', publishedAt: new Date(), publishedBy: user.id });
      await this.audit.record(manager, { entityType: 'form', entityId: formId, action: 'publish', actorId: user.id, toStatus: `v${draft.version}` });
      return draft.id;
    });
    return this.versionDto(versionId, form.key);
  }

  /** A version, to fill or display a response with: any signed-in user who can see the form. */
  async version(user: AuthUser, versionId: string): Promise<FormVersionDto> {
    const version = await this.versions.findOne({ where: { id: versionId }, relations: { publisher: true, form: { ownerUnit: true } } });
    const owner = version?.form?.ownerUnit;
    if (!version || !owner || !scopesOverlap(owner.path, user.scopePath)) throw notFound('Form version');
    return toVersionDto(version, version.form!.key);
  }

  private async versionDto(versionId: string, formKey: string): Promise<FormVersionDto> {
    return toVersionDto(await this.versions.findOneOrFail({ where: { id: versionId }, relations: { publisher: true } }), formKey);
  }

  private async requireEditable(user: AuthUser, formId: string): Promise<SurveyForm> {
    const form = await this.forms.findOne({ where: { id: formId }, relations: { ownerUnit: true } });
    if (!form) throw notFound('Form');
    if (!isWithinScope(form.ownerUnit!.path, user.scopePath)) throw outOfScope();
    return form;
  }

  private summaries() {
    return this.forms
      .createQueryBuilder('f')
      .innerJoin('f.ownerUnit', 'owner')
      .addSelect(`(SELECT max(v.version) FROM form_version v WHERE v.form_id = f.id AND v.status = 'published')`, 'published_version')
      .addSelect(`(SELECT v.version FROM form_version v WHERE v.form_id = f.id AND v.status = 'draft')`, 'draft_version');
  }
}

function withVersions(form: SurveyForm, raw: Record<string, unknown>): FormSummaryRow {
  return Object.assign(form, { publishedVersion: raw.published_version as number | null, draftVersion: raw.draft_version as number | null });
}

function assertLoadable(definition: SurveyDefinition): void {
  const problems = definitionProblems(definition);
  if (problems.length) throw new DomainError('VALIDATION_FAILED', 'SurveyJS cannot use this form definition', problems);
}
