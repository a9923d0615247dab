import type { InputHTMLAttributes, ReactNode } from 'react';
import { FieldShell } from './field-shell';

type TextFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> & {
  label: ReactNode;
  error?: string;
  hint?: ReactNode;
};

/** A labelled input with an optional hint and an error announced to assistive technology. */
export function TextField({ label, error, hint, className, ...inputProps }: TextFieldProps) {
  return (
    <FieldShell label={label} required={inputProps.required} hint={hint} error={error} className={className}>
      {(control) => <input {...control} {...inputProps} />}
    </FieldShell>
  );
}
