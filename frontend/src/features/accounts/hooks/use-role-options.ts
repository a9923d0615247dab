import { useTranslation } from 'react-i18next';
import { ROLES } from '@ntm/shared';
import type { SelectOption } from '../../../components/ui/select-field';

export function useRoleOptions(): SelectOption[] {
  const { t } = useTranslation();
  return ROLES.map((role) => ({ value: role, label: t(`role.${role}`) }));
}
