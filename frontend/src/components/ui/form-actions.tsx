import { useTranslation } from 'react-i18next';
import { ErrorAlert } from './error-alert';

type FormActionsProps = {
  /** The form's submission; its error is shown above the buttons. */
  mutation: { error: unknown; isPending: boolean };
  /** Field errors already shown next to their inputs are not repeated in the alert. */
  shownFields?: readonly string[];
  submitLabel: string;
  /** Without it there is no cancel button. */
  onCancel?: () => void;
};

/** The foot of a form: the submission's error, then submit (busy while pending) and cancel. */
export function FormActions({ mutation, shownFields, submitLabel, onCancel }: FormActionsProps) {
  const { t } = useTranslation();
  return (
    <>
      <ErrorAlert error={mutation.error} shownFields={shownFields} />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={mutation.isPending}>
          {mutation.isPending ? t('app.processing') : submitLabel}
        </button>
        {onCancel ? (
          <button type="button" className="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        ) : null}
      </div>
    </>
  );
}
