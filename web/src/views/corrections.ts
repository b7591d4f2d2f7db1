// Corrections: every correction made to this dossier, newest first, with who made it, when,
// whether it was undone (and by whom), and an Undo button for the active ones.
import type { CorrectionsResponse } from '../../../src/api/types.js';
import { correctionsTable } from '../corrections.js';
import { h } from '../dom.js';
import type { View } from '../view.js';

export const correctionsView: View = async ({ data }) => {
  const status = h('p', { class: 'fix-status', role: 'status' });
  if (!data.post) {
    return h('section', {}, h('h1', {}, 'Corrections'), h('p', {}, 'This report is a snapshot: corrections are made in "dossier serve" or with "dossier correct".'));
  }
  const { corrections } = await data.get<CorrectionsResponse>('/corrections');
  const active = corrections.filter((c) => !c.undone_at).length;
  return h('section', { class: 'corrections' },
    h('h1', {}, 'Corrections'),
    h('p', {}, 'Your own layer over what Dossier found: articles are never edited, corrections are applied again after every analysis. Make them on an entity page or in the reader.'),
    h('p', { class: 'count' }, `${corrections.length} correction${corrections.length === 1 ? '' : 's'}, ${active} active`),
    status,
    correctionsTable(data, corrections, 'All corrections, newest first', status));
};
