import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountDto } from '@ntm/shared';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { TextField } from '../../../components/ui/text-field';
import { fieldErrorsOf } from '../../../lib/api-client';
import { usePasswordPolicy } from '../../../lib/use-password-policy';
import { useResetPassword } from '../hooks/use-accounts';

type Props = { account: AccountDto; onCancel: () => void; onDone: () => void };

/** "Đặt lại mật khẩu": an administrator sets a new password for someone else. */
export function ResetPasswordForm({ account, onCancel, onDone }: Props) {
  const { t } = useTranslation();
  const policy = usePasswordPolicy();
  const mutation = useResetPassword();
  const [newPassword, setNewPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [clientErrors, setClientErrors] = useState<{ newPassword?: string; confirm?: string }>({});
  const errors = fieldErrorsOf(mutation.error);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const next = {
      newPassword: policy.check(newPassword),
      confirm: confirm === newPassword ? undefined : t('password.mismatch'),
    };
    setClientErrors(next);
    if (next.newPassword || next.confirm) return;
    mutation.mutate({ id: account.id, request: { newPassword } }, { onSuccess: onDone });
  };

  return (
    <form className="card form-grid" onSubmit={onSubmit} aria-labelledby="reset-password-title">
      <h2 id="reset-password-title">{t('accounts.resetTitle', { username: account.username })}</h2>
      <TextField
        label={t('password.new')}
        type="password"
        autoComplete="new-password"
        required
        hint={policy.hint}
        value={newPassword}
        error={clientErrors.newPassword ?? errors.newPassword}
        onChange={(e) => setNewPassword(e.target.value)}
      />
      <TextField
        label={t('password.confirm')}
        type="password"
        autoComplete="new-password"
        required
        value={confirm}
        error={clientErrors.confirm}
        onChange={(e) => setConfirm(e.target.value)}
      />
      <ErrorAlert error={mutation.error} shownFields={['newPassword']} />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={mutation.isPending}>
          {mutation.isPending ? t('app.processing') : t('accounts.resetPassword')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
