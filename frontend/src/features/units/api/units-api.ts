import type {
  CreateUnitRequest,
  Page,
  UnitDto,
  UnitImportReport,
  UpdateUnitRequest,
} from '@ntm/shared';
import { unitDetailKey } from '../../../components/units/use-unit';
import { apiRequest } from '../../../lib/api-client';

export const CHILDREN_PAGE_SIZE = 200;
export const SEARCH_PAGE_SIZE = 50;

export const unitKeys = {
  all: ['units'] as const,
  detail: unitDetailKey,
  children: (code: string) => ['units', 'children', code] as const,
  search: (q: string) => ['units', 'search', q] as const,
};

const unitPath = (code: string) => `/units/${encodeURIComponent(code)}`;

export function getUnitChildren(code: string, page: number, signal?: AbortSignal): Promise<Page<UnitDto>> {
  return apiRequest<Page<UnitDto>>(`${unitPath(code)}/children`, {
    query: { page, pageSize: CHILDREN_PAGE_SIZE },
    signal,
  });
}

export function searchUnits(q: string, signal?: AbortSignal): Promise<Page<UnitDto>> {
  return apiRequest<Page<UnitDto>>('/units', { query: { q, page: 1, pageSize: SEARCH_PAGE_SIZE }, signal });
}

export function createUnit(request: CreateUnitRequest): Promise<UnitDto> {
  return apiRequest<UnitDto>('/units', { method: 'POST', body: request });
}

export function updateUnit(code: string, request: UpdateUnitRequest): Promise<UnitDto> {
  return apiRequest<UnitDto>(unitPath(code), { method: 'PATCH', body: request });
}

export function importUnits(file: File, dryRun: boolean): Promise<UnitImportReport> {
  const body = new FormData();
  body.append('file', file);
  return apiRequest<UnitImportReport>('/units/import', { method: 'POST', body, query: { dryRun } });
}
