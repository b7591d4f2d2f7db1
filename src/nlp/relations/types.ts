// The relations layer: actor-actor links one article asserts, with evidence and cue spans.
// Entities are indices into the article's `entities` layer.
import type { Field } from '../entities/mention-finder.js';

export const RELATION_TYPES = ['ally', 'adversary', 'mediates', 'arms_supplier', 'member_of', 'leader_of', 'located_in', 'other'] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

export interface RelationItem {
  field: Field;
  source: number;
  target: number;
  type: RelationType;
  /** Evidence: the clause or sentence; text.slice(start, end) === text. */
  start: number;
  end: number;
  text: string;
  /** The words that assert the relation. */
  cue: { start: number; end: number; text: string };
  /** Asserted inside a quotation: the speaker asserts it, not the outlet. */
  quoted: boolean;
  rule: string;
}
