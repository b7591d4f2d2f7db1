// The actor network as GEXF 1.3 for Gephi: entities as nodes (type, mentions, coordinates),
// co-mentions as weighted undirected edges, typed relations as directed edges labelled with
// their type and the number of spans asserting them. Every string is XML-escaped.
import type { Repository } from '../store/repository.js';
import { aggregateRelations } from './dossier-export.js';
import type { Sink } from './dossier-export.js';

const xml = (s: string | number | null | undefined) => String(s ?? '')
  .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
  .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

export async function writeGexf(repo: Repository, sink: Sink, options: { minArticles?: number } = {}): Promise<{ nodes: number; edges: number }> {
  const entities = await repo.listEntities({ limit: 1_000_000 });
  const known = new Set(entities.map((e) => e.id));
  await sink.write(`<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3">
  <meta><creator>Dossier</creator><description>Actors, their co-mentions and the relations articles assert</description></meta>
  <graph defaultedgetype="undirected" mode="static">
    <attributes class="node">
      <attribute id="type" title="type" type="string"/>
      <attribute id="mentions" title="mentions" type="integer"/>
      <attribute id="articles" title="articles" type="integer"/>
      <attribute id="lat" title="lat" type="double"/>
      <attribute id="lon" title="lon" type="double"/>
    </attributes>
    <attributes class="edge">
      <attribute id="kind" title="kind" type="string"/>
      <attribute id="outlets" title="outlets" type="string"/>
    </attributes>
    <nodes>
`);
  for (const e of entities) {
    const geo = e.geo ? `<attvalue for="lat" value="${e.geo.lat}"/><attvalue for="lon" value="${e.geo.lon}"/>` : '';
    await sink.write(`      <node id="${xml(e.id)}" label="${xml(e.name)}"><attvalues><attvalue for="type" value="${xml(e.type)}"/><attvalue for="mentions" value="${e.mentions}"/><attvalue for="articles" value="${e.articles}"/>${geo}</attvalues></node>\n`);
  }
  await sink.write('    </nodes>\n    <edges>\n');
  let edges = 0;
  for (const c of await repo.coMentions({ minArticles: options.minArticles ?? 1, limit: 1_000_000 })) {
    if (!known.has(c.source) || !known.has(c.target)) continue;
    await sink.write(`      <edge id="m${edges}" source="${xml(c.source)}" target="${xml(c.target)}" weight="${c.articles}" label="co-mentioned"><attvalues><attvalue for="kind" value="co_mention"/></attvalues></edge>\n`);
    edges++;
  }
  for await (const r of aggregateRelations(repo)) {
    if (!known.has(r.source) || !known.has(r.target)) continue;
    await sink.write(`      <edge id="r${edges}" source="${xml(r.source)}" target="${xml(r.target)}" type="directed" weight="${r.evidence.length}" label="${xml(r.type)}"><attvalues><attvalue for="kind" value="${xml(r.type)}"/><attvalue for="outlets" value="${xml(r.outlets.join('; '))}"/></attvalues></edge>\n`);
    edges++;
  }
  await sink.write('    </edges>\n  </graph>\n</gexf>\n');
  return { nodes: entities.length, edges };
}
