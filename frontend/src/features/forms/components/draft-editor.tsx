import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormVersionDto } from '@ntm/shared';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { Notice } from '../../../components/ui/notice';
import { TextField } from '../../../components/ui/text-field';
import { fieldErrorsOf } from '../../../lib/api-client';
import { useSaveFormDraft } from '../api/save-form-draft';
import { formatDefinition, parseDefinition } from '../hooks/parse-definition';
import { useLiveDefinition } from '../hooks/use-live-definition';
import { DraftActions } from './draft-actions';
import { JsonEditor } from './json-editor';
import { JsonFileInput } from './json-file-input';
import { SurveyPreview } from './survey-preview';

type Props = { draft: FormVersionDto; onDone: (message: string) => void };

/** The draft's title and JSON beside a live preview; remount it (key) per draft. Not a <form>:
 * the confirmation dialogs inside hold forms of their own. */
export function DraftEditor({ draft, onDone }: Props) {
  const { t } = useTranslation();
  const [title, setTitle] = useState(draft.title);
  const [text, setText] = useState(() => formatDefinition(draft.definition));
  const [saved, setSaved] = useState({ title, text });
  const [notice, setNotice] = useState<string | null>(null);
  const save = useSaveFormDraft(draft.formId);
  const { parsed, lastValid } = useLiveDefinition(text);
  const errors = fieldErrorsOf(save.error);

  const current = useMemo(() => parseDefinition(text), [text]);
  const request = current.ok ? { title: title.trim(), definition: current.definition } : null;
  const dirty = title !== saved.title || text !== saved.text;

  const onSave = () => {
    setNotice(null);
    if (!request) return;
    save.mutate(request, {
      onSuccess: () => {
        setSaved({ title, text });
        setNotice(t('forms.draftSaved'));
      },
    });
  };
  const edit = (next: string) => {
    setNotice(null);
    setText(next);
  };

  return (
    <section className="draft-editor" aria-labelledby="draft-title">
      <h2 id="draft-title">{t('forms.draftHeading', { version: draft.version })}</h2>
      <TextField label={t('forms.formTitle')} required value={title} error={errors.title} onChange={(e) => setTitle(e.target.value)} />
      <div className="editor-layout">
        <div className="editor-pane">
          <JsonEditor value={text} parsed={parsed} onChange={edit} />
          <JsonFileInput label={t('forms.importJson')} hint={t('forms.importHint')} onLoad={edit} />
        </div>
        <section className="editor-pane preview-pane" aria-labelledby="preview-title">
          <h3 id="preview-title">{t('forms.preview')}</h3>
          {!parsed.ok && lastValid ? <p className="field-hint">{t('forms.previewStale')}</p> : null}
          {lastValid ? <SurveyPreview definition={lastValid} /> : null}
        </section>
      </div>
      <Notice>{notice}</Notice>
      <ErrorAlert error={save.error} shownFields={['title']} />
      <div className="form-actions">
        <button type="button" className="button button-primary" disabled={save.isPending || !request} onClick={onSave}>
          {save.isPending ? t('app.processing') : t('forms.saveDraft')}
        </button>
        <DraftActions formId={draft.formId} version={draft.version} unsaved={request ? (dirty ? request : null) : 'invalid'} onDone={onDone} />
      </div>
    </section>
  );
}
