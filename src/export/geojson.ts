// Places and the events placed at them as a GeoJSON FeatureCollection for QGIS: one Point per
// geocoded place (mentions, articles, country) and one per event whose place is geocoded.
import type { Repository } from '../store/repository.js';
import type { Sink } from './dossier-export.js';

export async function writeGeoJson(repo: Repository, sink: Sink): Promise<{ places: number; events: number }> {
  const places = (await repo.listEntities({ type: 'PLACE', limit: 1_000_000 })).filter((p) => p.geo);
  const geoOf = new Map(places.map((p) => [p.id, p]));
  await sink.write('{"type":"FeatureCollection","features":[');
  let first = true;
  const feature = async (lon: number, lat: number, properties: Record<string, unknown>) => {
    await sink.write(`${first ? '\n' : ',\n'}${JSON.stringify({ type: 'Feature', geometry: { type: 'Point', coordinates: [lon, lat] }, properties })}`);
    first = false;
  };
  for (const p of places) {
    await feature(p.geo!.lon, p.geo!.lat, { kind: 'place', id: p.id, name: p.name, country: p.geo!.country, ...(p.geo!.near ? { placed_near: p.geo!.near } : {}), mentions: p.mentions, articles: p.articles, wikidata: p.wikidata });
  }
  let events = 0;
  for (let offset = 0; ; offset += 5000) {
    const page = await repo.listEvents({ limit: 5000, offset });
    for (const e of page) {
      const place = e.place ? geoOf.get(e.place) : undefined;
      if (!place) continue;
      await feature(place.geo!.lon, place.geo!.lat, {
        kind: 'event', id: e.id, type: e.type, date: e.date.value, precision: e.date.precision, place: place.name,
        summary: e.summary, article: e.article, outlet: e.outlet, published: e.published, start: e.start, end: e.end,
      });
      events++;
    }
    if (page.length < 5000) break;
  }
  await sink.write('\n]}\n');
  return { places: places.length, events };
}
