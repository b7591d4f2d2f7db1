// Shapes of the entity layer (DESIGN.md stages 4 and 5): mentions found in an article's text,
// and the entities they resolve to. Plain data, as everywhere.

export const ENTITY_TYPES = ['PERSON', 'ORG', 'PLACE', 'GROUP', 'EVENT', 'WORK'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export interface Geo {
  lat: number;
  lon: number;
  /** ISO 3166-1 alpha-2 of the country the place is in (or is), when known. */
  country: string | null;
  /**
   * Set when no gazetteer knows the place: the point is borrowed from this place, named beside
   * it in the same sentence or paragraph (see analysis/place-anchor.ts).
   */
  near?: string;
}

/** What every entity record says, known in advance (knowledge base) or found (dossier). */
export interface EntityFacts {
  /** Stable id: the Wikidata id when known ("Q399"), else a namespaced one ("geonames:616052"). */
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  wikidata: string | null;
  geo: Geo | null;
}

/** One entry of the knowledge base: what is known about a real-world thing before reading. */
export interface KbEntry extends EntityFacts {
  /** What kind of thing inside its type: country, capital, region, city, org, person, group, ... */
  kind: string;
  /** Used to break ties between places of the same name. */
  population?: number;
  /** For demonym groups ("Armenians") and capitals: the country entry they belong to. */
  related?: string[];
}
