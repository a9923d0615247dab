import { useId, type ReactNode } from 'react';

type DataTableProps = {
  /** Names the table for assistive technology; shown only to them. */
  caption: string;
  headers: readonly string[];
  /** The body rows. */
  children: ReactNode;
};

/** A table in a scrollable, keyboard-focusable region, with a header row of column names. */
export function DataTable({ caption, headers, children }: DataTableProps) {
  const captionId = useId();
  return (
    <div className="table-wrap" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table>
        <caption id={captionId} className="visually-hidden">
          {caption}
        </caption>
        <thead>
          <tr>
            {headers.map((header) => (
              <th key={header} scope="col">
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
