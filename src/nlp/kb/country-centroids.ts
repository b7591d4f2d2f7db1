// Where a country "is" for geocoding: the centroid of its largest landmass in Natural Earth
// (world-atlas, 1:50m), the convention gazetteers and Wikidata mostly follow (the contiguous
// United States centres on Kansas). world-countries' own coordinates are whole-degree
// approximations, hundreds of kilometres off for large countries.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoArea, geoBounds, geoCentroid, geoContains } from 'd3-geo';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { feature } from 'topojson-client';

const require = createRequire(import.meta.url);

/** ISO 3166-1 numeric code ("051") -> centroid. */
export function countryCentroids(): Map<string, { lat: number; lon: number }> {
  const topo = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8')) as Topology<{ countries: GeometryCollection }>;
  const out = new Map<string, { lat: number; lon: number }>();
  for (const f of feature(topo, topo.objects.countries).features) {
    if (f.id === undefined || !f.geometry) continue;
    const polygons = f.geometry.type === 'MultiPolygon' ? f.geometry.coordinates : f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : [];
    let largest: GeoJSON.Polygon | null = null;
    let area = 0;
    for (const coordinates of polygons) {
      const p: GeoJSON.Polygon = { type: 'Polygon', coordinates };
      const a = geoArea(p);
      if (a > area) {
        area = a;
        largest = p;
      }
    }
    if (!largest) continue;
    const [lon, lat] = geoCentroid(largest);
    out.set(String(f.id).padStart(3, '0'), { lat: Math.round(lat * 1000) / 1000, lon: Math.round(lon * 1000) / 1000 });
  }
  return out;
}

/**
 * A test of which countries' outlines hold a point, by ISO 3166-1 numeric code, on Natural
 * Earth's 1:50m outlines (coastal points may fall just outside every one), or 1:10m ones, which
 * also draw small islands. Territories drawn apart from any country, without a code of their own
 * ("Somaliland", "N. Cyprus", "Spratly Is."), go by Natural Earth's name for them.
 */
export function countryOutlines(scale: '50m' | '10m' = '50m'): ((code: string, lat: number, lon: number) => boolean) & { drawn(code: string): boolean } {
  const topo = JSON.parse(readFileSync(require.resolve(`world-atlas/countries-${scale}.json`), 'utf8')) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const shapes = new Map<string, GeoJSON.Feature>();
  for (const f of feature(topo, topo.objects.countries).features) {
    if (!f.geometry) continue;
    if (f.id !== undefined) shapes.set(String(f.id).padStart(3, '0'), f);
    else if (f.properties?.name) shapes.set(f.properties.name, f);
  }
  // A bounding box first: the spherical test is slow, and most questions are about far points.
  const boxes = new Map<string, [[number, number], [number, number]]>();
  const inBox = (code: string, f: GeoJSON.Feature, lat: number, lon: number) => {
    let box = boxes.get(code);
    if (!box) boxes.set(code, (box = geoBounds(f)));
    const [[west, south], [east, north]] = box;
    // (A box across the antimeridian has its west edge east of its east edge.)
    return lat >= south && lat <= north && (west <= east ? lon >= west && lon <= east : lon >= west || lon <= east);
  };
  const contains = (code: string, lat: number, lon: number) => {
    const f = shapes.get(code);
    return f !== undefined && inBox(code, f, lat, lon) && geoContains(f, [lon, lat]);
  };
  // (Some territories with a code of their own are drawn inside another country: Mayotte in France.)
  return Object.assign(contains, { drawn: (code: string) => shapes.has(code) });
}

/** ISO 3166-1 numeric code -> land area in km² (all of a country's outlines on Natural Earth 1:50m). */
export function countryAreas(): Map<string, number> {
  const topo = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8')) as Topology<{ countries: GeometryCollection }>;
  const out = new Map<string, number>();
  for (const f of feature(topo, topo.objects.countries).features) {
    if (f.id === undefined || !f.geometry) continue;
    out.set(String(f.id).padStart(3, '0'), Math.round(geoArea(f) * 6371 * 6371));
  }
  return out;
}
