import type { InputHTMLAttributes, ReactNode } from 'react';
import { FieldShell } from './field-shell';

type CheckboxFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'type'> & {
  label: ReactNode;
  error?: string;
};

export function CheckboxField({ label, error, className, ...inputProps }: CheckboxFieldProps) {
  return (
    <FieldShell label={label} error={error} className={['field-checkbox', className].filter(Boolean).join(' ')} controlFirst>
      {(control) => <input {...control} type="checkbox" {...inputProps} />}
    </FieldShell>
  );
}
