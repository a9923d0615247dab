import type { PollReportFormat } from '@ntm/shared';
import { apiDownload } from '../../../lib/api-client';
import { saveFile } from '../../../lib/save-file';
import { pollPath } from './poll-keys';

/** The xlsx is saved; the HTML opens in a new tab, ready for the browser's print (or PDF). */
export async function downloadPollReport(pollId: string, format: PollReportFormat, unitCode?: string): Promise<void> {
  const view = format === 'html' ? window.open('', '_blank') : null;
  const { fileName, blob } = await apiDownload(pollPath(pollId, '/report'), { format, unitCode });
  if (format === 'xlsx') {
    saveFile(fileName, blob);
    return;
  }
  const url = URL.createObjectURL(blob);
  if (view) view.location.href = url;
  else window.location.assign(url);
}
