// Corrections in the UI: the controls on an entity page (merge into another entity, reject,
// change type, add or remove an alias), re-attributing a quotation in the reader, and the
// table of corrections with who made them, when, and an Undo button. Every write goes
// through DataSource.post, which an offline report does not have: there the controls are
// not shown.
import type { CorrectionRecord, CorrectionsResponse, EntityListResponse, EntitySummary } from '../../src/api/types.js';
import type { DataSource } from './data.js';
import { entityHref, h, link, table, type Children } from './dom.js';

const TYPES = ['PERSON', 'ORG', 'PLACE', 'GROUP', 'EVENT', 'WORK'];

/** Renders the current address again (after a correction changed what it shows). */
export function refresh(): void {
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}

/** What a correction does, with links to the entities it names. */
export function describe(c: CorrectionRecord): Children {
  const ent = (id: string, name: string | null | undefined) => link(entityHref(id), name ?? id);
  switch (c.kind) {
    case 'merge': return ['Merge ', ent(c.payload.from, c.payload.from_name), ' into ', ent(c.payload.into, c.payload.into_name)];
    case 'reject': return ['Reject ', ent(c.payload.entity, c.payload.name), ' (not a real entity)'];
    case 'type': return ['Type of ', ent(c.payload.entity, c.payload.name), `: ${c.payload.previous ? `${c.payload.previous} → ` : ''}${c.payload.type}`];
    case 'add_alias': return [`Add alias “${c.payload.alias}” to `, ent(c.payload.entity, c.payload.name)];
    case 'remove_alias': return [`Remove alias “${c.payload.alias}” from `, ent(c.payload.entity, c.payload.name)];
    case 'quote_speaker': return [`Quotation ${c.payload.quote.slice(0, 10)} said by `, c.payload.speaker ? ent(c.payload.speaker, c.payload.speaker_name) : 'no known speaker'];
  }
}

const when = (iso: string) => iso.slice(0, 16).replace('T', ' ');

/** The corrections as a table; active ones have an Undo button. */
export function correctionsTable(data: DataSource, list: CorrectionRecord[], caption: string, status: HTMLElement): HTMLElement {
  if (list.length === 0) return h('p', { class: 'corrections-empty' }, 'No corrections yet.');
  return table(['#', 'Correction', 'By', 'When', 'State', ''], list.map((c) => [
    String(c.id), h('span', {}, describe(c)), c.author, when(c.created_at),
    c.undone_at ? `undone by ${c.undone_by ?? 'someone'}, ${when(c.undone_at)}` : 'active',
    c.undone_at || !data.post ? '' : h('button', {
      type: 'button', class: 'undo', 'data-correction': String(c.id), 'aria-label': `Undo correction ${c.id}`,
      onclick: (e: Event) => void run(e.currentTarget as HTMLButtonElement, status, 'Undoing (articles may be analysed again)…', async () => {
        await data.post!(`/corrections/${c.id}/undo`, {});
        refresh();
      }),
    }, 'Undo'),
  ]), caption);
}

/** Runs a write with the button disabled and the outcome announced in `status`. */
async function run(button: HTMLButtonElement | null, status: HTMLElement, pending: string, write: () => Promise<void>): Promise<void> {
  if (button) button.disabled = true;
  status.textContent = pending;
  try {
    await write();
  } catch (err) {
    status.textContent = `Could not save: ${(err as Error).message}`;
    if (button) button.disabled = false;
  }
}

/** A search box listing matching entities as buttons; choosing one calls `pick`. */
function entityPicker(data: DataSource, label: string, name: string, exclude: string, action: (e: EntitySummary) => string, pick: (e: EntitySummary, button: HTMLButtonElement) => void): HTMLElement {
  const input = h('input', { type: 'search', name, autocomplete: 'off', placeholder: 'name or alias' });
  const choices = h('ul', { class: 'choices', 'aria-live': 'polite' });
  const form = h('form', { class: 'filters picker', role: 'search' },
    h('label', {}, h('span', {}, label), input), h('button', { type: 'submit' }, 'Find'), choices);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const q = input.value.trim();
    if (!q) return;
    void data.get<EntityListResponse>('/entities', { name: q, limit: '10' }).then((found) => {
      choices.replaceChildren(...found.entities.filter((x) => x.id !== exclude).map((x) => h('li', {},
        h('button', { type: 'button', onclick: (ev: Event) => pick(x, ev.currentTarget as HTMLButtonElement) }, action(x)))));
      if (!choices.firstChild) choices.append(h('li', {}, `No other entity matches “${q}”.`));
    });
  });
  return form;
}

/** The correction controls and history of one entity's page. */
export function entityCorrections(data: DataSource, e: EntitySummary, list: CorrectionRecord[]): HTMLElement | null {
  if (!data.post) return null;
  const post = data.post.bind(data);
  const status = h('p', { class: 'fix-status', role: 'status' });
  const save = (button: HTMLButtonElement | null, body: object, after: () => void = refresh) =>
    run(button, status, 'Saving…', async () => {
      await post('/corrections', body);
      after();
    });

  const merge = entityPicker(data, `Merge “${e.name}” into`, 'merge-target', e.id, (x) => `Merge into ${x.name} (${x.type}, ${x.mentions} mentions)`,
    (x, button) => void save(button, { kind: 'merge', from: e.id, into: x.id }, () => { location.hash = entityHref(x.id); }));

  const type = h('select', { name: 'fix-type' }, TYPES.map((t) => h('option', { value: t, selected: t === e.type }, t)));
  const typeForm = h('form', { class: 'filters' }, h('label', {}, h('span', {}, 'Type'), type), h('button', { type: 'submit' }, 'Change type'));
  typeForm.addEventListener('submit', (ev) => {
    ev.preventDefault();
    if (type.value === e.type) { status.textContent = `Already ${e.type}.`; return; }
    void save(typeForm.querySelector('button'), { kind: 'type', entity: e.id, type: type.value });
  });

  const alias = h('input', { name: 'new-alias', type: 'text', autocomplete: 'off' });
  const aliasForm = h('form', { class: 'filters' }, h('label', {}, h('span', {}, 'New alias'), alias), h('button', { type: 'submit' }, 'Add alias'));
  aliasForm.addEventListener('submit', (ev) => {
    ev.preventDefault();
    if (alias.value.trim()) void save(aliasForm.querySelector('button'), { kind: 'add_alias', entity: e.id, alias: alias.value.trim() });
  });
  const aliases = e.aliases.filter((a) => a !== e.name);

  return h('section', { class: 'corrections', 'aria-labelledby': 'fix-heading' },
    h('h2', { id: 'fix-heading' }, 'Correct this entity'),
    status,
    merge,
    typeForm,
    aliasForm,
    aliases.length ? h('ul', { class: 'alias-list', 'aria-label': 'Aliases' }, aliases.map((a) => h('li', {}, a, ' ',
      h('button', { type: 'button', 'aria-label': `Remove alias ${a}`, onclick: (ev: Event) => void save(ev.currentTarget as HTMLButtonElement, { kind: 'remove_alias', entity: e.id, alias: a }) }, 'Remove')))) : null,
    h('p', {}, h('button', {
      type: 'button', class: 'reject',
      onclick: (ev: Event) => void save(ev.currentTarget as HTMLButtonElement, { kind: 'reject', entity: e.id }, () => { location.hash = '#/corrections'; }),
    }, `Reject “${e.name}”: not a real entity`)),
    h('h3', {}, 'Corrections touching it'),
    correctionsTable(data, list, `Corrections naming ${e.name}`, status));
}

/** A "Re-attribute" button for one quotation, opening a speaker picker beside it. */
export function reattribute(data: DataSource, quote: { id: string; text: string; speaker: string | null }): HTMLElement | null {
  if (!data.post) return null;
  const post = data.post.bind(data);
  const status = h('span', { class: 'fix-status', role: 'status' });
  const panel = h('div', { class: 'reattribute', hidden: true });
  const save = (button: HTMLButtonElement, speaker: string | null) => void run(button, status, 'Saving…', async () => {
    await post('/corrections', { kind: 'quote_speaker', quote: quote.id, speaker });
    refresh();
  });
  panel.append(entityPicker(data, 'Said by', 'speaker', quote.speaker ?? '', (x) => `Said by ${x.name} (${x.type})`, (x, b) => save(b, x.id)));
  if (quote.speaker) panel.append(h('button', { type: 'button', onclick: (ev: Event) => save(ev.currentTarget as HTMLButtonElement, null) }, 'No known speaker'));
  const toggle = h('button', {
    type: 'button', class: 'reattribute-toggle', 'aria-expanded': 'false', 'aria-label': `Re-attribute the quotation “${quote.text.slice(0, 60)}”`,
    onclick: () => {
      panel.hidden = !panel.hidden;
      toggle.setAttribute('aria-expanded', String(!panel.hidden));
      if (!panel.hidden) panel.querySelector('input')?.focus();
    },
  }, 'Re-attribute');
  return h('span', { class: 'fix' }, toggle, status, panel);
}

export async function correctionsFor(data: DataSource, entity?: string): Promise<CorrectionRecord[]> {
  if (!data.post) return [];
  return (await data.get<CorrectionsResponse>('/corrections', { entity })).corrections;
}
