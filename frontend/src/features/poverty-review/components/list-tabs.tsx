import { useId, useState, type ReactNode } from 'react';

type Props<L extends string> = { label: string; lists: readonly L[]; title: (list: L) => string; children: (list: L) => ReactNode };

/** One tab per list; only the chosen list is fetched and shown. */
export function ListTabs<L extends string>({ label, lists, title, children }: Props<L>) {
  const id = useId();
  const [current, setCurrent] = useState<L>(lists[0]!);
  return (
    <>
      <div className="tabs" role="tablist" aria-label={label}>
        {lists.map((list) => (
          <button
            key={list}
            type="button"
            role="tab"
            id={`${id}-${list}`}
            aria-selected={list === current}
            aria-controls={`${id}-panel`}
            className="tab"
            onClick={() => setCurrent(list)}
          >
            {title(list)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${id}-panel`} aria-labelledby={`${id}-${current}`}>
        {children(current)}
      </div>
    </>
  );
}
