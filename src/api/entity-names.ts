// Claim records refer to entities by id; the UI shows names. Looks up each distinct id once.
import type { Repository } from '../store/repository.js';

export async function entityNames(repo: Repository, ids: Iterable<string | null | undefined>): Promise<Record<string, string>> {
  const names: Record<string, string> = {};
  for (const id of new Set(ids)) {
    if (!id || id in names) continue;
    const found = (await repo.findEntities(id)).find((e) => e.id === id);
    if (found) names[id] = found.name;
  }
  return names;
}
