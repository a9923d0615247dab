import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountDto } from '@ntm/shared';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { Loading } from '../../../components/ui/loading';
import { Notice } from '../../../components/ui/notice';
import { Pagination } from '../../../components/ui/pagination';
import { useDebouncedValue } from '../../../lib/use-debounced-value';
import { useAccounts, useUpdateAccount } from '../hooks/use-accounts';
import { AccountCreateForm } from './account-create-form';
import { AccountEditForm } from './account-edit-form';
import { AccountsTable } from './accounts-table';
import { ResetPasswordForm } from './reset-password-form';

const PAGE_SIZE = 20;

type Panel = { kind: 'create' } | { kind: 'edit' | 'reset'; account: AccountDto } | null;

export function AccountsPage() {
  const { t } = useTranslation();
  const searchId = useId();
  const [text, setText] = useState('');
  const q = useDebouncedValue(text.trim(), 300);
  // A new search starts again from page 1.
  const [paging, setPaging] = useState({ q: '', page: 1 });
  const page = paging.q === q ? paging.page : 1;
  const list = useAccounts({ page, pageSize: PAGE_SIZE, q });
  const toggle = useUpdateAccount();
  const [panel, setPanel] = useState<Panel>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const panelRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!panel) return;
    panelRef.current?.scrollIntoView({ block: 'nearest' });
    panelRef.current?.querySelector<HTMLElement>('input, select')?.focus();
  }, [panel]);

  const open = (next: Panel) => {
    setNotice(null);
    toggle.reset();
    setPanel(next);
  };
  const finish = (message: string) => {
    setPanel(null);
    setNotice(message);
  };
  const toggleDisabled = (account: AccountDto) => {
    setNotice(null);
    toggle.mutate(
      { id: account.id, request: { disabled: !account.disabled } },
      {
        onSuccess: (saved) =>
          setNotice(t(saved.disabled ? 'accounts.disabledNotice' : 'accounts.enabledNotice', { username: saved.username })),
      },
    );
  };

  return (
    <section className="page" aria-labelledby="accounts-title">
      <title>{`${t('accounts.title')} · ${t('app.name')}`}</title>
      <div className="page-heading">
        <h1 id="accounts-title">{t('accounts.title')}</h1>
        <button type="button" className="button button-primary" onClick={() => open({ kind: 'create' })}>
          {t('accounts.create')}
        </button>
      </div>
      <div role="search" className="toolbar">
        <label htmlFor={searchId}>{t('accounts.search')}</label>
        <input id={searchId} type="search" value={text} autoComplete="off" onChange={(e) => setText(e.target.value)} />
      </div>
      <Notice>{notice}</Notice>
      <ErrorAlert error={toggle.error} />
      <div ref={panelRef}>
        {panel?.kind === 'create' ? (
          <AccountCreateForm
            onCancel={() => setPanel(null)}
            onCreated={(username) => finish(t('accounts.createdNotice', { username }))}
          />
        ) : null}
        {panel?.kind === 'edit' ? (
          <AccountEditForm
            key={panel.account.id}
            account={panel.account}
            onCancel={() => setPanel(null)}
            onSaved={() => finish(t('common.saved'))}
          />
        ) : null}
        {panel?.kind === 'reset' ? (
          <ResetPasswordForm
            key={panel.account.id}
            account={panel.account}
            onCancel={() => setPanel(null)}
            onDone={() => finish(t('accounts.resetNotice', { username: panel.account.username }))}
          />
        ) : null}
      </div>
      {list.isPending ? <Loading /> : null}
      {list.isError ? <ErrorAlert error={list.error} /> : null}
      {list.data ? (
        <>
          {list.data.items.length === 0 ? (
            <p className="muted">{t('accounts.empty')}</p>
          ) : (
            <AccountsTable
              accounts={list.data.items}
              busyId={toggle.isPending ? (toggle.variables?.id ?? null) : null}
              onEdit={(account) => open({ kind: 'edit', account })}
              onResetPassword={(account) => open({ kind: 'reset', account })}
              onToggleDisabled={toggleDisabled}
            />
          )}
          <Pagination
            page={list.data.page}
            pageSize={list.data.pageSize}
            total={list.data.total}
            onPageChange={(next) => setPaging({ q, page: next })}
          />
        </>
      ) : null}
    </section>
  );
}
