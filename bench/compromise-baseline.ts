// The reference users reach for today: the compromise library's people(), places() and
// organizations(), turned into dossier/1 entities and mentions so the same scorer and the
// same timer apply to it.
import { createRequire } from 'node:module';
import type { EntityType } from '../src/core/entity.js';

const require = createRequire(import.meta.url);
interface Match { text: string; offset: { start: number; length: number } }
interface View { json(o: { offset: true }): Match[] }
interface Doc { people(): View; places(): View; organizations(): View }
const nlp = require('compromise') as (text: string) => Doc;

export interface BaselineOutput {
  entities: { id: string; type: EntityType; name: string; aliases: string[]; wikidata: null; geo: null }[];
  mentions: { article: string; entity: string; start: number; end: number; text: string }[];
}

export function compromiseEntities(articles: { id: string; text: string }[]): BaselineOutput {
  const out: BaselineOutput = { entities: [], mentions: [] };
  const ids = new Map<string, string>();
  for (const a of articles) {
    const doc = nlp(a.text);
    for (const [type, view] of [['PERSON', doc.people()], ['PLACE', doc.places()], ['ORG', doc.organizations()]] as const) {
      for (const m of view.json({ offset: true })) {
        // compromise includes trailing punctuation in a match's text; trim it off the span.
        let start = m.offset.start;
        let end = start + m.offset.length;
        while (end > start && /[\s.,;:!?"'”’)\]]/.test(a.text[end - 1])) end--;
        while (start < end && /[\s"'“‘(\[]/.test(a.text[start])) start++;
        if (end <= start) continue;
        const text = a.text.slice(start, end);
        const key = `${type}:${text.toLowerCase().replace(/['’]s$/, '')}`;
        let id = ids.get(key);
        if (!id) {
          id = `c${ids.size}`;
          ids.set(key, id);
          out.entities.push({ id, type, name: text, aliases: [], wikidata: null, geo: null });
        }
        out.mentions.push({ article: a.id, entity: id, start, end, text });
      }
    }
  }
  return out;
}
