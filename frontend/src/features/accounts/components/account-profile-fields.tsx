import { useTranslation } from 'react-i18next';
import { isRole, type CreateAccountRequest } from '@ntm/shared';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { useRoleOptions } from '../hooks/use-role-options';
import { UnitCodeField } from './unit-code-field';

type Profile = Pick<CreateAccountRequest, 'fullName' | 'role' | 'unitCode'>;

type Props = {
  value: Profile;
  errors: Record<string, string>;
  onChange: (patch: Partial<Profile>) => void;
};

/** Full name, role and unit: what both creating and editing an account ask for. */
export function AccountProfileFields({ value, errors, onChange }: Props) {
  const { t } = useTranslation();
  const roleOptions = useRoleOptions();
  return (
    <>
      <TextField label={t('accounts.fullName')} required value={value.fullName} error={errors.fullName} onChange={(e) => onChange({ fullName: e.target.value })} />
      <SelectField
        label={t('accounts.role')}
        required
        value={value.role}
        options={roleOptions}
        error={errors.role}
        onChange={(e) => {
          const role = e.target.value;
          if (isRole(role)) onChange({ role });
        }}
      />
      <UnitCodeField value={value.unitCode} error={errors.unitCode} onChange={(code) => onChange({ unitCode: code })} />
    </>
  );
}
