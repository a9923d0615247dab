import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecognitionList } from '@ntm/shared';
import { DownloadButton } from './download-button';
import { ListTabs } from './list-tabs';

type Props<L extends RecognitionList> = { title: string; level: 'h2' | 'h3'; downloadPath: string; lists: readonly L[]; children: (list: L) => ReactNode };

/** A set of lists under one heading: a tab per list, and the xlsx of them all. */
export function ListsBlock<L extends RecognitionList>({ title, level: Heading, downloadPath, lists, children }: Props<L>) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <section className="page-section" aria-labelledby={id}>
      <div className="page-heading">
        <Heading id={id}>{title}</Heading>
        <DownloadButton path={downloadPath} />
      </div>
      <ListTabs label={title} lists={lists} title={(list) => t(`povertyReview.lists.${list}`)}>
        {children}
      </ListTabs>
    </section>
  );
}
