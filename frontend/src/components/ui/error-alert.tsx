import { useTranslation } from 'react-i18next';
import { ApiError } from '../../lib/api-client';

type ErrorAlertProps = {
  error: unknown;
  /** Field errors already shown next to their inputs are not repeated here. */
  shownFields?: readonly string[];
};

/** An API error as an alert: the error code worded in the current language, then the server's own
 * message (which carries specifics such as the wait after too many logins), then field details. */
export function ErrorAlert({ error, shownFields = [] }: ErrorAlertProps) {
  const { t } = useTranslation();
  if (!error) return null;
  let message = t('errors.unexpected');
  let serverMessage = '';
  let details: { field: string; reason: string }[] = [];
  if (error instanceof ApiError) {
    message = error.isNetworkError ? t('errors.network') : t(`errors.${error.code}`);
    serverMessage = error.message;
    details = (error.body.details ?? []).filter((detail) => !shownFields.includes(detail.field));
  }
  return (
    <div className="alert alert-error" role="alert">
      <p className="alert-title">{message}</p>
      {serverMessage && serverMessage !== message ? <p className="alert-detail">{serverMessage}</p> : null}
      {details.length > 0 ? (
        <ul>
          {details.map((detail) => (
            <li key={`${detail.field}:${detail.reason}`}>
              <strong>{detail.field}</strong>: {detail.reason}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
