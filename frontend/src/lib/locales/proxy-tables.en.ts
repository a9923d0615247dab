import type { proxyTablesVi } from './proxy-tables.vi';

export const proxyTablesEn: typeof proxyTablesVi = {
  title: 'B1 scoring tables',
  intro:
    "Points for household characteristics and assets (Form B, Circular 07/2021/TT-BLĐTBXH), used when income is estimated by score. A province's table applies first, then the national one, then the provisional table shipped with the app (to be confirmed). Each save makes a new version; the newest applies.",
  none: 'No table saved yet: the provisional shipped table (to be confirmed) applies.',
  versions: 'Table versions',
  header: { scope: 'Scope', version: 'Version', title: 'Title', status: 'Status', basis: 'Legal basis', saved: 'Saved by, at', actions: 'Actions' },
  applies: 'Applies',
  editFrom: 'Edit from version {{version}}',
  status: { to_confirm: 'To confirm', verified: 'Confirmed' },
  editor: 'New version',
  scope: 'Scope',
  scopeHint: 'VN for the whole country, or a province code (e.g. 15).',
  statusLabel: 'Status of the numbers',
  legalBasis: 'Legal basis',
  json: 'Scoring table (JSON)',
  jsonHint: 'title, standards, regions, base (rural/urban base points), items (characteristic × value × points by area), thresholds (line, averageUpper, incomeOnlyPoor by area).',
  syntax: 'The JSON is not valid: {{message}}',
  problems: 'The table is not valid:',
  save: 'Save as a new version',
  saved: 'Saved version {{version}} for {{scope}}.',
};
