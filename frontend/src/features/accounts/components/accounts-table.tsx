import { useTranslation } from 'react-i18next';
import type { AccountDto } from '@ntm/shared';
import { formatDateTime } from '../../../lib/format';

type Props = {
  accounts: AccountDto[];
  busyId: string | null;
  onEdit: (account: AccountDto) => void;
  onResetPassword: (account: AccountDto) => void;
  onToggleDisabled: (account: AccountDto) => void;
};

export function AccountsTable({ accounts, busyId, onEdit, onResetPassword, onToggleDisabled }: Props) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap" role="region" aria-labelledby="accounts-caption" tabIndex={0}>
      <table className="accounts-table">
        <caption id="accounts-caption" className="visually-hidden">
          {t('accounts.listCaption')}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('accounts.username')}</th>
            <th scope="col">{t('accounts.fullName')}</th>
            <th scope="col">{t('accounts.role')}</th>
            <th scope="col">{t('accounts.unit')}</th>
            <th scope="col">{t('accounts.status')}</th>
            <th scope="col">{t('accounts.lastLogin')}</th>
            <th scope="col">{t('accounts.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {accounts.map((account) => (
            <tr key={account.id} className={account.disabled ? 'row-disabled' : undefined}>
              <th scope="row">{account.username}</th>
              <td>{account.fullName}</td>
              <td>{t(`role.${account.role}`)}</td>
              <td>
                {account.unitName} <span className="muted">({account.unitCode})</span>
              </td>
              <td>
                <span className={account.disabled ? 'badge badge-off' : 'badge badge-on'}>
                  {account.disabled ? t('accounts.disabled') : t('accounts.active')}
                </span>
              </td>
              <td>{formatDateTime(account.lastLoginAt) ?? <span className="muted">{t('accounts.never')}</span>}</td>
              <td>
                <div className="row-actions">
                  <button
                    type="button"
                    className="button button-small"
                    aria-label={t('accounts.editFor', { username: account.username })}
                    onClick={() => onEdit(account)}
                  >
                    {t('common.edit')}
                  </button>
                  <button
                    type="button"
                    className="button button-small"
                    aria-label={t('accounts.resetPasswordFor', { username: account.username })}
                    onClick={() => onResetPassword(account)}
                  >
                    {t('accounts.resetPassword')}
                  </button>
                  <button
                    type="button"
                    className="button button-small"
                    disabled={busyId === account.id}
                    aria-label={t(account.disabled ? 'accounts.enableFor' : 'accounts.disableFor', {
                      username: account.username,
                    })}
                    onClick={() => onToggleDisabled(account)}
                  >
                    {account.disabled ? t('accounts.enable') : t('accounts.disable')}
                  </button>
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
