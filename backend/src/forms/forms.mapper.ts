import type { FormSummary, FormVersionDto, FormVersionSummary, PersonRef } from '@ntm/shared';
import type { FormVersion } from './entities/form-version.entity';
import type { SurveyForm } from './entities/survey-form.entity';

export type FormSummaryRow = SurveyForm & { publishedVersion: number | null; draftVersion: number | null };

export function toFormSummary(row: FormSummaryRow): FormSummary {
  return {
    id: row.id,
    key: row.key,
    title: row.title,
    ownerUnitCode: row.ownerUnitCode,
    publishedVersion: row.publishedVersion,
    draftVersion: row.draftVersion,
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function toVersionSummary(version: FormVersion): FormVersionSummary {
  const publisher: PersonRef | null = version.publisher
    ? { id: version.publisher.id, username: version.publisher.username, fullName: version.publisher.fullName }
    : null;
  return {
    id: version.id,
    formId: version.formId,
    version: version.version,
    status: version.status,
    publishedAt: version.publishedAt?.toISOString() ?? null,
    publishedBy: publisher,
    updatedAt: version.updatedAt.toISOString(),
  };
}

export function toVersionDto(version: FormVersion, formKey: string): FormVersionDto {
  return { ...toVersionSummary(version), formKey, title: version.title, definition: version.definition };
}
