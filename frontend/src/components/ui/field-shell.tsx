import { useId, type ReactNode } from 'react';

/** What the wrapped control needs to be tied to its label, hint and error. */
export type FieldControlProps = {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
};

type FieldShellProps = {
  label: ReactNode;
  required?: boolean;
  hint?: ReactNode;
  error?: string;
  className?: string;
  /** Checkboxes sit before their label and carry no required marker. */
  controlFirst?: boolean;
  children: (control: FieldControlProps) => ReactNode;
};

/** The label, hint and error around one form control, with the error announced to assistive technology. */
export function FieldShell({ label, required, hint, error, className, controlFirst, children }: FieldShellProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const control = children({
    id,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': [hintId, errorId].filter(Boolean).join(' ') || undefined,
  });
  const labelRow = controlFirst ? (
    <label htmlFor={id}>{label}</label>
  ) : (
    <span className="field-label">
      <label htmlFor={id}>{label}</label>
      {required ? (
        <span className="field-required" aria-hidden="true">
          *
        </span>
      ) : null}
    </span>
  );
  return (
    <div className={['field', className].filter(Boolean).join(' ')}>
      {controlFirst ? control : labelRow}
      {controlFirst ? labelRow : control}
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
