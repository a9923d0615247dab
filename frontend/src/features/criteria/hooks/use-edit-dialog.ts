import { useState } from 'react';

/** A page's one editing dialog (a value, a threshold, a target) and the notice left when it saves. */
export function useEditDialog<T>() {
  const [editing, setEditing] = useState<T | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  return {
    editing,
    notice,
    open: (item: T) => setEditing(item),
    close: () => setEditing(null),
    saved: (message: string) => {
      setEditing(null);
      setNotice(message);
    },
  };
}
