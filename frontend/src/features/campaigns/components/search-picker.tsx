import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/error-alert';

type PickerOption = { value: string; label: string; meta?: string };

type Props = {
  label: string;
  /** Shown under the box while nothing is loading: how to search, or how many were found. */
  status: string;
  text: string;
  onTextChange: (text: string) => void;
  options: PickerOption[];
  isFetching: boolean;
  queryError: unknown;
  selected?: string;
  fieldError?: string;
  onPick: (value: string) => void;
};

/** A search box with its results as buttons; Enter in the box searches instead of submitting the form. */
export function SearchPicker(props: Props) {
  const { label, status, text, onTextChange, options, isFetching, queryError, selected, fieldError, onPick } = props;
  const { t } = useTranslation();
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const pick = (value: string) => {
    onPick(value);
    inputRef.current?.focus();
  };

  return (
    <div className="search-picker">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        ref={inputRef}
        type="search"
        value={text}
        autoComplete="off"
        aria-invalid={fieldError ? true : undefined}
        aria-describedby={`${id}-status${fieldError ? ` ${id}-error` : ''}`}
        onChange={(event) => onTextChange(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') event.preventDefault();
        }}
      />
      <p id={`${id}-status`} className="field-hint" aria-live="polite">
        {isFetching ? t('app.loading') : status}
      </p>
      {fieldError ? (
        <p id={`${id}-error`} className="field-error">
          {fieldError}
        </p>
      ) : null}
      <ErrorAlert error={queryError} />
      {options.length > 0 ? (
        <ul className="search-results" aria-label={t('campaigns.resultsFor', { label })}>
          {options.map((option) => (
            <li key={option.value}>
              <button type="button" className="search-result" aria-pressed={option.value === selected} onClick={() => pick(option.value)}>
                <span className="tree-name">{option.label}</span>
                {option.meta ? <span className="tree-meta">{option.meta}</span> : null}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
