import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { Loading } from '../../../components/ui/loading';
import { Pagination } from '../../../components/ui/pagination';
import { useForms } from '../api/list-forms';
import { FormCreateForm } from './form-create-form';
import { FormsTable } from './forms-table';

const PAGE_SIZE = 20;

export function FormsPage() {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const [creating, setCreating] = useState(false);
  const list = useForms({ page, pageSize: PAGE_SIZE });

  return (
    <section className="page" aria-labelledby="forms-title">
      <title>{`${t('forms.title')} · ${t('app.name')}`}</title>
      <div className="page-heading">
        <h1 id="forms-title">{t('forms.title')}</h1>
        {creating ? null : (
          <button type="button" className="button button-primary" onClick={() => setCreating(true)}>
            {t('forms.create')}
          </button>
        )}
      </div>
      {creating ? <FormCreateForm onCancel={() => setCreating(false)} /> : null}
      {list.isPending ? <Loading /> : null}
      {list.isError ? <ErrorAlert error={list.error} /> : null}
      {list.data ? (
        <>
          {list.data.items.length === 0 ? <p className="muted">{t('forms.empty')}</p> : <FormsTable forms={list.data.items} />}
          <Pagination page={list.data.page} pageSize={list.data.pageSize} total={list.data.total} onPageChange={setPage} />
        </>
      ) : null}
    </section>
  );
}
