import { useTranslation } from 'react-i18next';
import type { NewPasswordState } from '../../lib/use-new-password';
import { TextField } from './text-field';

type NewPasswordFieldsProps = {
  state: NewPasswordState;
  /** The server's complaint about the new password, shown when the client found none. */
  serverError?: string;
};

/** "Mật khẩu mới" and its confirmation, fed by `useNewPassword`. */
export function NewPasswordFields({ state, serverError }: NewPasswordFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        label={t('password.new')}
        type="password"
        autoComplete="new-password"
        required
        hint={state.hint}
        value={state.value.newPassword}
        error={state.errors.newPassword ?? serverError}
        onChange={(event) => state.set('newPassword', event.target.value)}
      />
      <TextField
        label={t('password.confirm')}
        type="password"
        autoComplete="new-password"
        required
        value={state.value.confirm}
        error={state.errors.confirm}
        onChange={(event) => state.set('confirm', event.target.value)}
      />
    </>
  );
}
