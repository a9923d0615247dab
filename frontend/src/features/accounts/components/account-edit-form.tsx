import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isRole, type AccountDto, type Role } from '@ntm/shared';
import { CheckboxField } from '../../../components/ui/checkbox-field';
import { FormActions } from '../../../components/ui/form-actions';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { fieldErrorsOf } from '../../../lib/api-client';
import { useUpdateAccount } from '../hooks/use-accounts';
import { useRoleOptions } from '../hooks/use-role-options';
import { UnitCodeField } from './unit-code-field';

const FIELDS = ['fullName', 'role', 'unitCode', 'disabled'];

type Form = { fullName: string; role: Role; unitCode: string; disabled: boolean };
type Props = { account: AccountDto; onCancel: () => void; onSaved: () => void };

export function AccountEditForm({ account, onCancel, onSaved }: Props) {
  const { t } = useTranslation();
  const roleOptions = useRoleOptions();
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
      <TextField label={t('accounts.fullName')} required value={form.fullName} error={errors.fullName} onChange={(e) => set('fullName', e.target.value)} />
      <SelectField
        label={t('accounts.role')}
        required
        value={form.role}
        options={roleOptions}
        error={errors.role}
        onChange={(e) => {
          const role = e.target.value;
          if (isRole(role)) set('role', role);
        }}
      />
      <UnitCodeField value={form.unitCode} error={errors.unitCode} onChange={(code) => set('unitCode', code)} />
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
