// One way of comparing names everywhere outside the knowledge base's own index: case,
// diacritics, apostrophe shapes and spacing do not make two names different.

export function foldName(s: string): string {
  let t = s.toLowerCase();
  if (/[^\x00-\x7f]/.test(t)) t = t.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’‘`´]/g, "'");
  return /\s\s|^\s|\s$|[\t\n]/.test(t) ? t.replace(/\s+/g, ' ').trim() : t;
}
