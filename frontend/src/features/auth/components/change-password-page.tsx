import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { Notice } from '../../../components/ui/notice';
import { TextField } from '../../../components/ui/text-field';
import { fieldErrorsOf } from '../../../lib/api-client';
import { usePasswordPolicy } from '../../../lib/use-password-policy';
import { useChangePassword } from '../hooks/use-change-password';

type Form = { currentPassword: string; newPassword: string; confirm: string };
const EMPTY: Form = { currentPassword: '', newPassword: '', confirm: '' };

export function ChangePasswordPage() {
  const { t } = useTranslation();
  const policy = usePasswordPolicy();
  const mutation = useChangePassword();
  const [form, setForm] = useState<Form>(EMPTY);
  const [clientErrors, setClientErrors] = useState<Partial<Record<keyof Form, string>>>({});
  const serverErrors = fieldErrorsOf(mutation.error);

  const update = (field: keyof Form) => (value: string) => setForm((current) => ({ ...current, [field]: value }));

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const errors: Partial<Record<keyof Form, string>> = {};
    const weak = policy.check(form.newPassword);
    if (weak) errors.newPassword = weak;
    if (form.confirm !== form.newPassword) errors.confirm = t('password.mismatch');
    setClientErrors(errors);
    if (Object.keys(errors).length > 0) return;
    mutation.mutate(
      { currentPassword: form.currentPassword, newPassword: form.newPassword },
      { onSuccess: () => setForm(EMPTY) },
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
          value={form.currentPassword}
          onChange={(event) => update('currentPassword')(event.target.value)}
          error={serverErrors.currentPassword}
        />
        <TextField
          label={t('password.new')}
          type="password"
          autoComplete="new-password"
          required
          hint={policy.hint}
          value={form.newPassword}
          onChange={(event) => update('newPassword')(event.target.value)}
          error={clientErrors.newPassword ?? serverErrors.newPassword}
        />
        <TextField
          label={t('password.confirm')}
          type="password"
          autoComplete="new-password"
          required
          value={form.confirm}
          onChange={(event) => update('confirm')(event.target.value)}
          error={clientErrors.confirm}
        />
        <ErrorAlert error={mutation.error} shownFields={['currentPassword', 'newPassword']} />
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={mutation.isPending}>
            {mutation.isPending ? t('app.processing') : t('password.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
