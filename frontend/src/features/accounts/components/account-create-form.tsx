import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreateAccountRequest } from '@ntm/shared';
import { FormActions } from '../../../components/ui/form-actions';
import { TextField } from '../../../components/ui/text-field';
import { fieldErrorsOf } from '../../../lib/api-client';
import { usePasswordPolicy } from '../../../lib/use-password-policy';
import { useCreateAccount } from '../hooks/use-accounts';
import { AccountProfileFields } from './account-profile-fields';

const FIELDS = ['username', 'fullName', 'role', 'unitCode', 'password'];
const EMPTY: CreateAccountRequest = { username: '', fullName: '', role: 'enumerator', unitCode: '', password: '' };

type Props = { onCancel: () => void; onCreated: (username: string) => void };

export function AccountCreateForm({ onCancel, onCreated }: Props) {
  const { t } = useTranslation();
  const policy = usePasswordPolicy();
  const mutation = useCreateAccount();
  const [form, setForm] = useState<CreateAccountRequest>(EMPTY);
  const [passwordError, setPasswordError] = useState<string>();
  const errors = fieldErrorsOf(mutation.error);
  const set = <K extends keyof CreateAccountRequest>(key: K, value: CreateAccountRequest[K]) =>
    setForm((current) => ({ ...current, [key]: value }));

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const weak = policy.check(form.password);
    setPasswordError(weak);
    if (weak) return;
    const request = { ...form, username: form.username.trim(), fullName: form.fullName.trim(), unitCode: form.unitCode.trim() };
    mutation.mutate(request, { onSuccess: (account) => onCreated(account.username) });
  };

  return (
    <form className="card form-grid" onSubmit={onSubmit} aria-labelledby="account-create-title">
      <h2 id="account-create-title">{t('accounts.createTitle')}</h2>
      <TextField
        label={t('accounts.username')}
        required
        autoComplete="off"
        autoCapitalize="none"
        spellCheck={false}
        value={form.username}
        error={errors.username}
        onChange={(e) => set('username', e.target.value)}
      />
      <AccountProfileFields value={form} errors={errors} onChange={(patch) => setForm((current) => ({ ...current, ...patch }))} />
      <TextField
        label={t('accounts.password')}
        type="password"
        autoComplete="new-password"
        required
        hint={policy.hint}
        value={form.password}
        error={passwordError ?? errors.password}
        onChange={(e) => set('password', e.target.value)}
      />
      <FormActions mutation={mutation} shownFields={FIELDS} submitLabel={t('accounts.create')} onCancel={onCancel} />
    </form>
  );
}
