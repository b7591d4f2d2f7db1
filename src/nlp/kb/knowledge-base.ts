// The knowledge base as the entity stages use it: loaded once per process from the built file
// (built first if missing or older than its inputs), with users' --kb files laid over it.
import { execFileSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, readSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AliasMatch } from './alias-index.js';
import { AliasIndex } from './alias-index.js';
import { byPrior } from './prior.js';
import type { KbRecord } from './kb-record.js';
import { KB_FILE, KB_HEADER, parseLine } from './kb-record.js';
import { fold } from './names.js';
import { mergeUser, readUserEntries, userRecord } from './user-entries.js';

export type { AliasMatch } from './alias-index.js';
export type { KbRecord } from './kb-record.js';
export { KB_FILE } from './kb-record.js';

export interface KnowledgeBase {
  /** Every entry by id. */
  entries: Map<string, KbRecord>;
  /** Entries named `surface` ("Turkiye", "the U.S.", "Armenia’s"), most likely first. */
  lookup(surface: string): KbRecord[];
  /** The longest alias starting at token `i` (tokens as written), or null. */
  matchAt(tokens: readonly string[], i: number): AliasMatch | null;
  /** Most name words in any alias: how far a longest-match may look ahead. */
  maxAliasTokens: number;
  /** Countries whose adjective of nationality `word` is ("Armenian" → Armenia). */
  countriesOfAdjective(word: string): KbRecord[];
}

export interface LoadOptions {
  /** Users' files (`--kb FILE`): JSON arrays of entries merged over the built-in ones. */
  extraFiles?: string[];
  /** Another built file (tests); the default is KB_FILE, built on first use. */
  file?: string;
}

const cache = new Map<string, KnowledgeBase>();

export function loadKnowledgeBase(options: LoadOptions = {}): KnowledgeBase {
  const file = options.file ?? KB_FILE;
  const extra = options.extraFiles ?? [];
  const key = JSON.stringify([file, extra]);
  let kb = cache.get(key);
  if (kb) return kb;
  const base = cache.get(JSON.stringify([file, []])) ?? loadFile(file);
  cache.set(JSON.stringify([file, []]), base);
  kb = extra.length ? withUserEntries(base, extra) : base;
  cache.set(key, kb);
  return kb;
}

/** A knowledge base over the given entries (tests build small ones this way). */
export function createKnowledgeBase(entries: Iterable<KbRecord>): KnowledgeBase & { index: AliasIndex } {
  const map = new Map<string, KbRecord>();
  const index = new AliasIndex();
  for (const e of entries) {
    map.set(e.id, e);
    index.add(e);
  }
  return assemble(map, index);
}

function assemble(map: Map<string, KbRecord>, index: AliasIndex): KnowledgeBase & { index: AliasIndex } {
  let adjectives: Map<string, KbRecord[]> | null = null;
  return {
    entries: map,
    index,
    maxAliasTokens: index.maxAliasTokens,
    lookup: (surface) => index.lookup(surface),
    matchAt: (tokens, i) => index.matchAt(tokens, i),
    countriesOfAdjective(word) {
      adjectives ??= adjectiveIndex(map.values());
      return adjectives.get(fold(word)) ?? [];
    },
  };
}

function adjectiveIndex(entries: Iterable<KbRecord>): Map<string, KbRecord[]> {
  const out = new Map<string, KbRecord[]>();
  for (const e of entries) {
    for (const a of e.adjectives ?? []) {
      const list = out.get(fold(a)) ?? [];
      list.push(e);
      out.set(fold(a), list);
    }
  }
  return out;
}

/** Same name and type as a built-in entry: merged into it; otherwise a new entry. */
function withUserEntries(base: KnowledgeBase, files: string[]): KnowledgeBase {
  const users = readUserEntries(files);
  const map = new Map(base.entries);
  const index = (base as KnowledgeBase & { index: AliasIndex }).index.clone();
  const byName = new Map<string, KbRecord[]>();
  for (const e of map.values()) {
    const k = `${e.type}:${fold(e.name)}`;
    const list = byName.get(k);
    if (list) list.push(e);
    else byName.set(k, [e]);
  }
  for (const u of users) {
    const k = `${u.type}:${fold(u.name)}`;
    const same = byName.get(k)?.slice().sort(byPrior)[0];
    const next = same ? mergeUser(same, u) : userRecord(u);
    if (same) index.remove(same);
    map.set(next.id, next);
    index.add(next);
    byName.set(k, [next, ...(byName.get(k) ?? []).filter((e) => e !== same)]);
  }
  return assemble(map, index);
}

/**
 * The builder runs in a child process: it needs the gazetteer packages and the validation
 * library, which a normal load should not pay for (they cost more than loading the file).
 */
function loadFile(file: string): KnowledgeBase {
  if (file === KB_FILE && stale(file)) {
    execFileSync(process.execPath, [fileURLToPath(new URL('./build-kb.js', import.meta.url))], { stdio: ['ignore', 'ignore', 'inherit'] });
  }
  const text = readFileSync(file, 'utf8');
  const lines = text.split('\n');
  if (lines[0] !== KB_HEADER) throw new Error(`${file} is not a knowledge base of this version (${KB_HEADER})`);
  const map = new Map<string, KbRecord>();
  const index = new AliasIndex();
  for (let i = 1; i < lines.length; i++) {
    if (!lines[i]) continue;
    const { entry, keys } = parseLine(lines[i]);
    map.set(entry.id, entry);
    index.addEncoded(entry, keys);
  }
  return assemble(map, index);
}

/** Missing, of another format version, or older than the curated data or the builder's code. */
function stale(file: string): boolean {
  if (!existsSync(file)) return true;
  const head = Buffer.alloc(KB_HEADER.length + 1);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, head, 0, head.length, 0);
  } finally {
    closeSync(fd);
  }
  if (head.toString('utf8') !== `${KB_HEADER}\n`) return true;
  const built = statSync(file).mtimeMs;
  const code = dirname(fileURLToPath(import.meta.url));
  const curated = fileURLToPath(new URL('../../../../src/nlp/data/kb/', import.meta.url));
  // The curated settlements go into the fallback gazetteer, which the builder writes too.
  const settlements = fileURLToPath(new URL('../../../../src/nlp/data/settlements/', import.meta.url));
  const inputs = [
    ...(existsSync(curated) ? readdirSync(curated).map((f) => join(curated, f)) : []),
    ...(existsSync(settlements) ? readdirSync(settlements).map((f) => join(settlements, f)) : []),
    ...readdirSync(code).filter((f) => f.endsWith('.js') && !f.endsWith('.test.js')).map((f) => join(code, f)),
  ];
  return inputs.some((f) => statSync(f).mtimeMs > built);
}
