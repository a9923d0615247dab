import { adoptCriteriaSet, CRITERIA_SET_TEMPLATES, type CriteriaSet } from '@ntm/shared';
import { type ChangeEvent, type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../components/ui/data-table';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { Notice } from '../../../components/ui/notice';
import { TextAreaField } from '../../../components/ui/text-area-field';
import { TextField } from '../../../components/ui/text-field';
import { useOwnSets, useSaveOwnSet } from '../api/own-sets';

/** A province admin's own sets: adopt a template (thôn NTM, thôn kiểu mẫu) or paste / upload a set
 * as JSON; the server validates it with the shared rules and answers each field's problem. */
export function OwnSetsPanel({ province }: { province: string }) {
  const { t } = useTranslation();
  const own = useOwnSets(province);
  const save = useSaveOwnSet();
  const [json, setJson] = useState('');
  const [parseError, setParseError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const adopted = new Map((own.data ?? []).map((set) => [set.id, set]));

  const submit = (set: CriteriaSet) => {
    setNotice(null);
    save.mutate({ provinceCode: province, set }, { onSuccess: (saved) => setNotice(t('criteria.ownSets.saved', { name: saved.name, version: saved.version })) });
  };
  const submitJson = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    try {
      const set = JSON.parse(json) as CriteriaSet;
      setParseError(null);
      submit(set);
    } catch (error) {
      setParseError(t('criteria.ownSets.badJson', { reason: (error as Error).message }));
    }
  };
  const load = async (event: ChangeEvent<HTMLInputElement>) => setJson((await event.target.files?.[0]?.text()) ?? '');

  return (
    <section className="page-section" aria-labelledby="crit-own-sets-title">
      <h2 id="crit-own-sets-title">{t('criteria.ownSets.title')}</h2>
      {own.data && own.data.length > 0 ? (
        <DataTable caption={t('criteria.ownSets.title')} headers={[t('criteria.ownSets.name'), t('criteria.ownSets.id'), t('criteria.ownSets.version'), t('criteria.ownSets.years')]}>
          {own.data.map((set) => (
            <tr key={set.id}>
              <th scope="row">{set.name}</th>
              <td>{set.id}</td>
              <td>{set.version}</td>
              <td>
                {set.fromYear}–{set.toYear}
              </td>
            </tr>
          ))}
        </DataTable>
      ) : (
        <p>{t('criteria.ownSets.none')}</p>
      )}
      <p className="form-actions">
        {CRITERIA_SET_TEMPLATES.map((template) => {
          const set = adoptCriteriaSet(template, province);
          const label = t(adopted.has(set.id) ? 'criteria.ownSets.adoptAgain' : 'criteria.ownSets.adopt', { name: template.name });
          return (
            <button key={template.id} type="button" className="button" disabled={save.isPending} onClick={() => submit(set)}>
              {label}
            </button>
          );
        })}
      </p>
      <form onSubmit={submitJson} aria-label={t('criteria.ownSets.jsonTitle')}>
        <TextField label={t('criteria.ownSets.file')} type="file" accept="application/json,.json" onChange={(event) => void load(event)} />
        <TextAreaField label={t('criteria.ownSets.json')} hint={t('criteria.ownSets.jsonHint', { prefix: `P${province}_` })} required rows={8} value={json} onChange={(event) => setJson(event.target.value)} />
        <p className="form-actions">
          <button type="submit" className="button button-primary" disabled={save.isPending}>
            {t('criteria.ownSets.save')}
          </button>
        </p>
      </form>
      {parseError ? (
        <p className="alert alert-error" role="alert">
          {parseError}
        </p>
      ) : null}
      <ErrorAlert error={save.error} />
      <Notice>{notice}</Notice>
    </section>
  );
}
