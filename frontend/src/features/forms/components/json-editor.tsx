import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParsedDefinition } from '../hooks/parse-definition';

type Props = { value: string; parsed: ParsedDefinition; onChange: (text: string) => void };

/** A plain monospace editor for the SurveyJS JSON; says where JSON.parse stopped and can jump there. */
export function JsonEditor({ value, parsed, onChange }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const ref = useRef<HTMLTextAreaElement>(null);
  const error = parsed.ok
    ? null
    : parsed.reason === 'notObject'
      ? t('forms.jsonNotObject')
      : t('forms.jsonSyntax', { line: parsed.line, column: parsed.column, message: parsed.message });

  const goToError = () => {
    if (parsed.ok || !ref.current) return;
    ref.current.focus();
    ref.current.setSelectionRange(parsed.offset, parsed.offset + 1);
  };

  return (
    <div className="field json-editor">
      <label htmlFor={id}>{t('forms.json')}</label>
      <textarea
        id={id}
        ref={ref}
        className="code-input"
        rows={28}
        wrap="off"
        spellCheck={false}
        autoCapitalize="off"
        autoComplete="off"
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      {error ? (
        <div id={`${id}-error`} className="alert alert-error" role="alert">
          <p className="alert-title">{error}</p>
          {parsed.ok ? null : (
            <button type="button" className="link-button" onClick={goToError}>
              {t('forms.goToError')}
            </button>
          )}
        </div>
      ) : null}
    </div>
  );
}
