import { useEffect, useId, useRef, type FormEvent, type ReactNode } from 'react';
import { FormActions } from './form-actions';

type ConfirmDialogProps = {
  open: boolean;
  title: string;
  confirmLabel: string;
  /** The action it confirms: its error is shown in the dialog and its button is busy while pending. */
  mutation: { error: unknown; isPending: boolean };
  onConfirm: () => void;
  onCancel: () => void;
  /** The question, and any fields the action needs (their `required` is checked before onConfirm). */
  children: ReactNode;
};

/** A modal question before a weighty action; Escape and "Hủy" cancel, focus returns where it was. */
export function ConfirmDialog({ open, title, confirmLabel, mutation, onConfirm, onCancel, children }: ConfirmDialogProps) {
  const titleId = useId();
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (open && dialog && !dialog.open) dialog.showModal();
    if (!open && dialog?.open) dialog.close();
  }, [open]);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onConfirm();
  };

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      {open ? (
        <form onSubmit={onSubmit}>
          <h2 id={titleId}>{title}</h2>
          {children}
          <FormActions mutation={mutation} submitLabel={confirmLabel} onCancel={onCancel} />
        </form>
      ) : null}
    </dialog>
  );
}
