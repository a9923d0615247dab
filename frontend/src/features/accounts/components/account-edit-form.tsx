import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountDto, Role } from '@ntm/shared';
import { CheckboxField } from '../../../components/ui/checkbox-field';
import { FormActions } from '../../../components/ui/form-actions';
import { fieldErrorsOf } from '../../../lib/api-client';
import { useUpdateAccount } from '../hooks/use-accounts';
import { AccountProfileFields } from './account-profile-fields';

const FIELDS = ['fullName', 'role', 'unitCode', 'disabled'];

type Form = { fullName: string; role: Role; unitCode: string; disabled: boolean };
type Props = { account: AccountDto; onCancel: () => void; onSaved: () => void };

export function AccountEditForm({ account, onCancel, onSaved }: Props) {
  const { t } = useTranslation();
  const mutation = useUpdateAccount();
  const [form, setForm] = useState<Form>({
    fullName: account.fullName,
    role: account.role,
    unitCode: account.unitCode,
    disabled: account.disabled,
  });
  const errors = fieldErrorsOf(mutation.error);
  const set = <K extends keyof Form>(key: K, value: Form[K]) => setForm((current) => ({ ...current, [key]: value }));

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const request = { ...form, fullName: form.fullName.trim(), unitCode: form.unitCode.trim() };
    mutation.mutate({ id: account.id, request }, { onSuccess: onSaved });
  };

  return (
    <form className="card form-grid" onSubmit={onSubmit} aria-labelledby="account-edit-title">
      <h2 id="account-edit-title">{t('accounts.editTitle', { username: account.username })}</h2>
      <AccountProfileFields value={form} errors={errors} onChange={(patch) => setForm((current) => ({ ...current, ...patch }))} />
      <CheckboxField
        label={t('accounts.disabledLabel')}
        checked={form.disabled}
        error={errors.disabled}
        onChange={(e) => set('disabled', e.target.checked)}
      />
      <FormActions mutation={mutation} shownFields={FIELDS} submitLabel={t('common.save')} onCancel={onCancel} />
    </form>
  );
}
