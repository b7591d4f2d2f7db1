// Claim records refer to entities by id; the UI shows names. One lookup for all the ids.
import type { Repository } from '../store/repository.js';

export async function entityNames(repo: Repository, ids: Iterable<string | null | undefined>): Promise<Record<string, string>> {
  const distinct = [...new Set(ids)].filter((id): id is string => Boolean(id));
  return distinct.length ? repo.namesOf(distinct) : {};
}
