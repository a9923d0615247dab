import { useTranslation } from 'react-i18next';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, passwordProblem } from '@ntm/shared';

/** The shared password rule, worded in the current language. */
export function usePasswordPolicy(): { hint: string; check: (password: string) => string | undefined } {
  const { t } = useTranslation();
  const hint = t('password.policy', { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH });
  return {
    hint,
    check: (password) => (passwordProblem(password) ? t('password.weak', { rule: hint }) : undefined),
  };
}
