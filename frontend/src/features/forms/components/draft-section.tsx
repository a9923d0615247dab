import { ErrorAlert } from '../../../components/ui/error-alert';
import { Loading } from '../../../components/ui/loading';
import { useFormVersion } from '../api/get-form-version';
import { DraftEditor } from './draft-editor';

/** Loads the draft's JSON once, then hands it to the editor, which owns the text from there. */
export function DraftSection({ versionId, onDone }: { versionId: string; onDone: (message: string) => void }) {
  const query = useFormVersion(versionId);
  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorAlert error={query.error} />;
  return <DraftEditor draft={query.data} onDone={onDone} />;
}
