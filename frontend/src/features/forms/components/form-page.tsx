import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { NATIONAL_ROOT_CODE, type FormDetail } from '@ntm/shared';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { Loading } from '../../../components/ui/loading';
import { Notice } from '../../../components/ui/notice';
import { useUser } from '../../../lib/session';
import { useForm } from '../api/get-form';
import { useNewDraftFrom } from '../api/save-form-draft';
import { useExportVersion } from '../hooks/use-export-version';
import { DraftSection } from './draft-section';
import { FormVersionViewer } from './form-version-viewer';
import { FormVersionsTable } from './form-versions-table';

export function FormPage() {
  const { t } = useTranslation();
  const { formId = '' } = useParams();
  const query = useForm(formId);
  const user = useUser();
  const [notice, setNotice] = useState<string | null>(null);
  const [viewing, setViewing] = useState<string | null>(null);
  const exporter = useExportVersion();
  const viewerRef = useRef<HTMLDivElement>(null);

  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorAlert error={query.error} />;
  const form = query.data;
  const draft = form.versions.find((version) => version.status === 'draft');
  // Forms come from the admin's own level or from above; only the national admins may change national forms.
  const editable = form.ownerUnitCode !== NATIONAL_ROOT_CODE || user.unitCode === NATIONAL_ROOT_CODE;
  const view = (versionId: string) => {
    setViewing(versionId);
    requestAnimationFrame(() => viewerRef.current?.scrollIntoView({ block: 'start' }));
  };

  return (
    <section className="page" aria-labelledby="form-title">
      <title>{`${form.title} · ${t('app.name')}`}</title>
      <p>
        <Link to="/forms">{t('forms.backToList')}</Link>
      </p>
      <h1 id="form-title">{form.title}</h1>
      <p className="muted">
        {t('forms.key')}: <code>{form.key}</code> · {t('forms.owner')}: {form.ownerUnitCode}
      </p>
      <Notice>{notice}</Notice>
      {!editable ? <Notice tone="info">{t('forms.readOnly')}</Notice> : null}
      {editable && draft ? <DraftSection key={draft.id} versionId={draft.id} onDone={setNotice} /> : null}
      {editable && !draft ? <NewDraft form={form} onCreated={() => setNotice(null)} /> : null}
      <h2>{t('forms.versions')}</h2>
      <ErrorAlert error={exporter.error} />
      <FormVersionsTable
        versions={form.versions}
        exportingId={exporter.isPending ? (exporter.variables ?? null) : null}
        onView={view}
        onExport={(versionId) => exporter.mutate(versionId)}
      />
      <div ref={viewerRef}>
        {viewing ? <FormVersionViewer key={viewing} versionId={viewing} onClose={() => setViewing(null)} /> : null}
      </div>
    </section>
  );
}

function NewDraft({ form, onCreated }: { form: FormDetail; onCreated: () => void }) {
  const { t } = useTranslation();
  const create = useNewDraftFrom(form.id);
  const latest = form.versions[0];
  if (!latest) return null;
  return (
    <div className="card">
      <p>{t('forms.noDraft')}</p>
      <ErrorAlert error={create.error} />
      <button type="button" className="button button-primary" disabled={create.isPending} onClick={() => create.mutate(latest.id, { onSuccess: onCreated })}>
        {create.isPending ? t('app.processing') : t('forms.newDraft', { version: latest.version })}
      </button>
    </div>
  );
}
