// Stores made before a layer existed lack its tables: views built on that layer show it
// empty rather than failing the whole page.
export async function optional<T>(make: () => Promise<T>, empty: T): Promise<T> {
  try {
    return await make();
  } catch {
    return empty;
  }
}
