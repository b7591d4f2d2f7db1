// Entity rows as SQLite returns them, shared by every query that lists entities.
import type { EntityType } from '../../core/entity.js';
import type { EntitySummary } from '../repository.js';

export interface EntityRow {
  id: string;
  type: EntityType;
  name: string;
  aliases: string;
  wikidata: string | null;
  lat: number | null;
  lon: number | null;
  country: string | null;
  geo_near: string | null;
  kind: string | null;
  mentions: number;
  articles: number;
}

export function rowToEntitySummary(r: EntityRow): EntitySummary {
  return {
    id: r.id, type: r.type, name: r.name, aliases: JSON.parse(r.aliases) as string[], wikidata: r.wikidata,
    geo: r.lat === null || r.lon === null ? null : { lat: r.lat, lon: r.lon, country: r.country, ...(r.geo_near ? { near: r.geo_near } : {}) },
    kind: r.kind, mentions: r.mentions, articles: r.articles,
  };
}

/** An entity rejected by a correction is left out of every list. */
export const notRejected = (col: string) => `${col} NOT IN (SELECT entity_id FROM entity_rejections)`;
