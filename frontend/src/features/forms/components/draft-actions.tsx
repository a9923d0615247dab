import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SaveFormDraftRequest } from '@ntm/shared';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { useDiscardFormDraft } from '../api/discard-form-draft';
import { usePublishForm } from '../api/publish-form';

type Props = {
  formId: string;
  version: number;
  /** Edits not yet saved, published with the draft; 'invalid' while the JSON does not parse. */
  unsaved: SaveFormDraftRequest | null | 'invalid';
  onDone: (message: string) => void;
};

/** Publish and discard, each behind a confirmation. */
export function DraftActions({ formId, version, unsaved, onDone }: Props) {
  const { t } = useTranslation();
  const publish = usePublishForm(formId);
  const discard = useDiscardFormDraft(formId);
  const [asking, setAsking] = useState<'publish' | 'discard' | null>(null);
  const close = () => {
    publish.reset();
    discard.reset();
    setAsking(null);
  };

  return (
    <>
      <button type="button" className="button" disabled={unsaved === 'invalid'} onClick={() => setAsking('publish')}>
        {t('forms.publish')}
      </button>
      <button type="button" className="button" onClick={() => setAsking('discard')}>
        {t('forms.discardDraft')}
      </button>
      <ConfirmDialog
        open={asking === 'publish'}
        title={t('forms.publishTitle', { version })}
        confirmLabel={t('forms.publish')}
        mutation={publish}
        onCancel={close}
        onConfirm={() =>
          publish.mutate(unsaved === 'invalid' ? null : unsaved, {
            onSuccess: (published) => onDone(t('forms.publishedNotice', { version: published.version })),
          })
        }
      >
        <p>{t('forms.publishWarning')}</p>
        {unsaved ? <p>{t('forms.publishSavesFirst')}</p> : null}
      </ConfirmDialog>
      <ConfirmDialog
        open={asking === 'discard'}
        title={t('forms.discardTitle', { version })}
        confirmLabel={t('forms.discardDraft')}
        mutation={discard}
        onCancel={close}
        onConfirm={() => discard.mutate(undefined, { onSuccess: () => onDone(t('forms.discardedNotice')) })}
      >
        <p>{t('forms.discardWarning')}</p>
      </ConfirmDialog>
    </>
  );
}
