export type FormListParams = { page: number; pageSize: number };

export const formKeys = {
  all: ['forms'] as const,
  list: (params: FormListParams) => ['forms', 'list', params] as const,
  detail: (formId: string) => ['forms', 'detail', formId] as const,
  version: (versionId: string) => ['forms', 'version', versionId] as const,
};

export const formPath = (formId: string) => `/forms/${encodeURIComponent(formId)}`;
