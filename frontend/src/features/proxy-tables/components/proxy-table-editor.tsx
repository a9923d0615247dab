import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RuleStatus } from '@ntm/shared';
import { FormActions } from '../../../components/ui/form-actions';
import { Notice } from '../../../components/ui/notice';
import { SelectField } from '../../../components/ui/select-field';
import { TextAreaField } from '../../../components/ui/text-area-field';
import { TextField } from '../../../components/ui/text-field';
import { fieldErrorsOf } from '../../../lib/api-client';
import { useSaveProxyTable } from '../api/save-proxy-table';
import { parseProxyTable } from '../hooks/parse-proxy-table';

export type ProxyTableDraft = { scopeCode: string; status: RuleStatus; legalBasis: string; text: string };

/** Edits a table as JSON with the shared checks live, and saves it as a new version of its scope. */
export function ProxyTableEditor({ initial }: { initial: ProxyTableDraft }) {
  const { t } = useTranslation();
  const save = useSaveProxyTable();
  const [draft, setDraft] = useState(initial);
  const [notice, setNotice] = useState<string | null>(null);
  const parsed = parseProxyTable(draft.text);
  const errors = fieldErrorsOf(save.error);
  const edit = (change: Partial<ProxyTableDraft>) => setDraft({ ...draft, ...change });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!parsed.ok) return;
    const { scopeCode, status, legalBasis } = draft;
    save.mutate(
      { scopeCode: scopeCode.trim(), status, legalBasis, table: parsed.table },
      { onSuccess: (saved) => setNotice(t('proxyTables.saved', { scope: saved.scopeName, version: saved.version })) },
    );
  };

  return (
    <form className="card" onSubmit={onSubmit} aria-label={t('proxyTables.editor')}>
      <Notice>{notice}</Notice>
      <TextField label={t('proxyTables.scope')} hint={t('proxyTables.scopeHint')} required value={draft.scopeCode} error={errors.scopeCode} onChange={(e) => edit({ scopeCode: e.target.value })} />
      <SelectField
        label={t('proxyTables.statusLabel')}
        value={draft.status}
        options={(['to_confirm', 'verified'] as const).map((value) => ({ value, label: t(`proxyTables.status.${value}`) }))}
        onChange={(e) => edit({ status: e.target.value as RuleStatus })}
      />
      <TextAreaField label={t('proxyTables.legalBasis')} required rows={2} value={draft.legalBasis} error={errors.legalBasis} onChange={(e) => edit({ legalBasis: e.target.value })} />
      <TextAreaField
        label={t('proxyTables.json')}
        hint={t('proxyTables.jsonHint')}
        className="code-field"
        rows={24}
        wrap="off"
        spellCheck={false}
        value={draft.text}
        onChange={(e) => edit({ text: e.target.value })}
      />
      {parsed.ok ? null : (
        <div className="alert alert-error" role="alert">
          <p className="alert-title">{parsed.syntax ? t('proxyTables.syntax', { message: parsed.syntax }) : t('proxyTables.problems')}</p>
          <ul>
            {parsed.problems.map((problem) => (
              <li key={problem.field + problem.reason}>
                <code>{problem.field || '—'}</code>: {problem.reason}
              </li>
            ))}
          </ul>
        </div>
      )}
      <FormActions mutation={save} shownFields={['scopeCode', 'legalBasis']} submitLabel={t('proxyTables.save')} />
    </form>
  );
}
