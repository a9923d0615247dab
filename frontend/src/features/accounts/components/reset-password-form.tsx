import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountDto } from '@ntm/shared';
import { FormActions } from '../../../components/ui/form-actions';
import { NewPasswordFields } from '../../../components/ui/new-password-fields';
import { fieldErrorsOf } from '../../../lib/api-client';
import { useNewPassword } from '../../../lib/use-new-password';
import { useResetPassword } from '../hooks/use-accounts';

type Props = { account: AccountDto; onCancel: () => void; onDone: () => void };

/** "Đặt lại mật khẩu": an administrator sets a new password for someone else. */
export function ResetPasswordForm({ account, onCancel, onDone }: Props) {
  const { t } = useTranslation();
  const password = useNewPassword();
  const mutation = useResetPassword();
  const errors = fieldErrorsOf(mutation.error);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!password.validate()) return;
    mutation.mutate({ id: account.id, request: { newPassword: password.value.newPassword } }, { onSuccess: onDone });
  };

  return (
    <form className="card form-grid" onSubmit={onSubmit} aria-labelledby="reset-password-title">
      <h2 id="reset-password-title">{t('accounts.resetTitle', { username: account.username })}</h2>
      <NewPasswordFields state={password} serverError={errors.newPassword} />
      <FormActions mutation={mutation} shownFields={['newPassword']} submitLabel={t('accounts.resetPassword')} onCancel={onCancel} />
    </form>
  );
}
