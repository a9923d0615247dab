import type { ManualValueDto } from '@ntm/shared';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { apiDownload } from '../../../lib/api-client';
import { saveFile } from '../../../lib/save-file';

/** The evidence of a manual value: its link, and its file (downloaded with the caller's token). */
export function EvidenceLinks({ manual }: { manual: ManualValueDto }) {
  const { t } = useTranslation();
  const file = manual.evidenceFile;
  const download = useMutation({
    mutationFn: async (id: string) => {
      const { fileName, blob } = await apiDownload(`/criteria/evidence/${encodeURIComponent(id)}`);
      saveFile(fileName, blob);
    },
  });
  return (
    <>
      {manual.evidenceUrl ? (
        <>
          {' · '}
          <a href={manual.evidenceUrl} target="_blank" rel="noreferrer">
            {t('criteria.indicator.evidenceLink')}
          </a>
        </>
      ) : null}
      {file ? (
        <>
          {' · '}
          <button type="button" className="link-button" disabled={download.isPending} onClick={() => download.mutate(file.id)}>
            {t('criteria.indicator.evidence')}: {file.name}
          </button>
        </>
      ) : null}
    </>
  );
}
