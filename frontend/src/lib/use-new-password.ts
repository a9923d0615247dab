import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePasswordPolicy } from './use-password-policy';

type NewPassword = { newPassword: string; confirm: string };
type NewPasswordErrors = { newPassword?: string; confirm?: string };

const EMPTY: NewPassword = { newPassword: '', confirm: '' };

/** A new password typed twice, checked against the policy and against itself before it is sent. */
export function useNewPassword() {
  const { t } = useTranslation();
  const policy = usePasswordPolicy();
  const [value, setValue] = useState<NewPassword>(EMPTY);
  const [errors, setErrors] = useState<NewPasswordErrors>({});

  const set = (field: keyof NewPassword, next: string) => setValue((current) => ({ ...current, [field]: next }));
  /** Shows what is wrong with the pair and says whether it may be sent. */
  const validate = (): boolean => {
    const next: NewPasswordErrors = {
      newPassword: policy.check(value.newPassword),
      confirm: value.confirm === value.newPassword ? undefined : t('password.mismatch'),
    };
    setErrors(next);
    return !next.newPassword && !next.confirm;
  };
  const clear = () => setValue(EMPTY);

  return { value, errors, hint: policy.hint, set, validate, clear };
}

export type NewPasswordState = ReturnType<typeof useNewPassword>;
