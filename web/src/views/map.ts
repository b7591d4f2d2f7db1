// Map: places the articles mention, on an offline world base map (Natural Earth 1:110m from
// world-atlas, bundled), each sized by its mentions and linked to its entity page.
import { geoNaturalEarth1, geoPath, type GeoProjection } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import type { FeatureCollection } from 'geojson';
import world from 'world-atlas/countries-110m.json';
import type { MapResponse } from '../../../src/api/types.js';
import { entityHref, exports, h, link, s, table } from '../dom.js';
import { hashFor, type View } from '../view.js';

const WIDTH = 960;
const HEIGHT = 500;
let countries: FeatureCollection | null = null;

function basePath(project: GeoProjection): string {
  if (countries === null) {
    const topo = world as unknown as Topology;
    countries = feature(topo, topo.objects.countries) as unknown as FeatureCollection;
  }
  return geoPath(project)(countries) ?? '';
}

/** The whole world, or the box around the mentioned places with a margin of some degrees. */
function projection(places: MapResponse['places'], whole: boolean): GeoProjection {
  const p = geoNaturalEarth1();
  if (whole || places.length === 0) return p.fitSize([WIDTH, HEIGHT], { type: 'Sphere' });
  const lons = places.map((x) => x.geo!.lon);
  const lats = places.map((x) => x.geo!.lat);
  const pad = 8;
  const box = [
    [Math.max(-180, Math.min(...lons) - pad), Math.max(-85, Math.min(...lats) - pad)],
    [Math.min(180, Math.max(...lons) + pad), Math.min(85, Math.max(...lats) + pad)],
  ];
  return p.fitExtent([[10, 10], [WIDTH - 10, HEIGHT - 10]], { type: 'MultiPoint', coordinates: [box[0], box[1], [box[0][0], box[1][1]], [box[1][0], box[0][1]]] });
}

export const mapView: View = async ({ data, route }) => {
  const { places } = await data.get<MapResponse>('/map');
  const whole = route.params.zoom === 'world';
  const project = projection(places, whole);
  const max = Math.max(1, ...places.map((p) => p.mentions));
  const svg = s('svg', { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'img', 'aria-label': `World map of ${places.length} mentioned places`, class: 'map' },
    s('path', { d: geoPath(project)({ type: 'Sphere' }) ?? '', class: 'sphere' }),
    s('path', { d: basePath(project), class: 'land' }));
  // Largest first, so small places stay on top and clickable.
  for (const p of [...places].sort((a, b) => b.mentions - a.mentions)) {
    const xy = project([p.geo!.lon, p.geo!.lat]);
    if (!xy) continue;
    const a = s('a', { href: entityHref(p.id), class: route.params.focus === p.id ? 'place focus' : 'place' });
    const title = s('title');
    title.textContent = `${p.name}: ${p.mentions} mention${p.mentions === 1 ? '' : 's'} in ${p.articles} article${p.articles === 1 ? '' : 's'}${p.geo!.near ? ` (placed at ${p.geo!.near}, named beside it)` : ''}`;
    a.append(title, s('circle', { cx: xy[0].toFixed(1), cy: xy[1].toFixed(1), r: (3 + 14 * Math.sqrt(p.mentions / max)).toFixed(1) }));
    svg.appendChild(a);
  }
  return h('section', {},
    h('h1', {}, 'Map'),
    h('p', {}, 'Circles are sized by mentions; select one to open the place. ',
      whole ? link(hashFor(['map']), 'Zoom to the places') : link(hashFor(['map'], { zoom: 'world' }), 'Show the whole world')),
    h('div', { class: 'map-wrap' }, svg),
    exports('places', () => places.map((p) => ({ id: p.id, name: p.name, lat: p.geo!.lat, lon: p.geo!.lon, country: p.geo!.country, placed_near: p.geo!.near ?? '', mentions: p.mentions, articles: p.articles }))),
    table(['Place', 'Country', 'Mentions', 'Articles', 'Lat, lon'], places.map((p) => [
      link(entityHref(p.id), p.name), p.geo!.country ?? '—', String(p.mentions), String(p.articles), `${p.geo!.lat.toFixed(2)}, ${p.geo!.lon.toFixed(2)}${p.geo!.near ? ` ≈ at ${p.geo!.near}` : ''}`,
    ])));
};
