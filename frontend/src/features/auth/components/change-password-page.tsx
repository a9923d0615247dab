import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormActions } from '../../../components/ui/form-actions';
import { NewPasswordFields } from '../../../components/ui/new-password-fields';
import { Notice } from '../../../components/ui/notice';
import { TextField } from '../../../components/ui/text-field';
import { fieldErrorsOf } from '../../../lib/api-client';
import { useNewPassword } from '../../../lib/use-new-password';
import { useChangePassword } from '../hooks/use-change-password';

export function ChangePasswordPage() {
  const { t } = useTranslation();
  const password = useNewPassword();
  const mutation = useChangePassword();
  const [currentPassword, setCurrentPassword] = useState('');
  const serverErrors = fieldErrorsOf(mutation.error);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!password.validate()) return;
    mutation.mutate(
      { currentPassword, newPassword: password.value.newPassword },
      {
        onSuccess: () => {
          setCurrentPassword('');
          password.clear();
        },
      },
    );
  };

  return (
    <section className="page page-narrow" aria-labelledby="password-title">
      <h1 id="password-title">{t('password.title')}</h1>
      <form className="card" onSubmit={onSubmit}>
        {mutation.isSuccess ? <Notice>{t('password.changed')}</Notice> : null}
        <TextField
          label={t('password.current')}
          type="password"
          autoComplete="current-password"
          required
          value={currentPassword}
          onChange={(event) => setCurrentPassword(event.target.value)}
          error={serverErrors.currentPassword}
        />
        <NewPasswordFields state={password} serverError={serverErrors.newPassword} />
        <FormActions mutation={mutation} shownFields={['currentPassword', 'newPassword']} submitLabel={t('password.submit')} />
      </form>
    </section>
  );
}
