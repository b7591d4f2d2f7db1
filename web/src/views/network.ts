// Network: the most mentioned entities, linked when they are mentioned in the same
// articles, laid out by a small force simulation on a canvas; clicking a node (or choosing it
// in the list below, for keyboards and screen readers) opens its entity page.
import type { NetworkResponse } from '../../../src/api/types.js';
import { entityHref, exports, h, link, table } from '../dom.js';
import type { View } from '../view.js';

const COLORS: Record<string, string> = { PERSON: '#c0392b', ORG: '#2471a3', PLACE: '#1e8449', GROUP: '#b9770e', EVENT: '#7d3c98', WORK: '#566573' };
const W = 900;
const H = 600;

interface Node { id: string; name: string; type: string; r: number; x: number; y: number; vx: number; vy: number }

function layout(net: NetworkResponse): Node[] {
  const max = Math.max(1, ...net.nodes.map((n) => n.mentions));
  const nodes: Node[] = net.nodes.map((n, i) => {
    const angle = (2 * Math.PI * i) / Math.max(1, net.nodes.length);
    return { id: n.id, name: n.name, type: n.type, r: 4 + 12 * Math.sqrt(n.mentions / max), x: W / 2 + 250 * Math.cos(angle), y: H / 2 + 220 * Math.sin(angle), vx: 0, vy: 0 };
  });
  const index = new Map(nodes.map((n, i) => [n.id, i]));
  const edges = net.edges.map((e) => ({ a: index.get(e.source)!, b: index.get(e.target)!, w: e.articles })).filter((e) => e.a !== undefined && e.b !== undefined);
  // Deterministic: same data, same picture.
  for (let step = 0; step < 300; step++) {
    const heat = 1 - step / 300;
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        const [a, b] = [nodes[i], nodes[j]];
        const dx = a.x - b.x || 0.01;
        const dy = a.y - b.y || 0.01;
        const d2 = Math.max(dx * dx + dy * dy, 25);
        const f = 6000 / d2;
        a.vx += dx * f / Math.sqrt(d2); a.vy += dy * f / Math.sqrt(d2);
        b.vx -= dx * f / Math.sqrt(d2); b.vy -= dy * f / Math.sqrt(d2);
      }
    }
    for (const e of edges) {
      const [a, b] = [nodes[e.a], nodes[e.b]];
      const dx = b.x - a.x;
      const dy = b.y - a.y;
      const k = 0.004 * Math.log2(1 + e.w);
      a.vx += dx * k; a.vy += dy * k; b.vx -= dx * k; b.vy -= dy * k;
    }
    for (const n of nodes) {
      n.vx += (W / 2 - n.x) * 0.002; n.vy += (H / 2 - n.y) * 0.002;
      n.x = Math.min(W - 20, Math.max(20, n.x + n.vx * heat)); n.y = Math.min(H - 20, Math.max(20, n.y + n.vy * heat));
      n.vx *= 0.6; n.vy *= 0.6;
    }
  }
  // Stretch the settled layout over the whole canvas, leaving room for labels on the right.
  const xs = nodes.map((n) => n.x);
  const ys = nodes.map((n) => n.y);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  for (const n of nodes) {
    n.x = 40 + ((n.x - x0) / Math.max(1, x1 - x0)) * (W - 260);
    n.y = 30 + ((n.y - y0) / Math.max(1, y1 - y0)) * (H - 60);
  }
  return nodes;
}

export const networkView: View = async ({ data }) => {
  const net = await data.get<NetworkResponse>('/network', { limit: '40' });
  const nodes = layout(net);
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const canvas = h('canvas', { width: W, height: H, class: 'network', role: 'img', 'aria-label': `Co-mention network of ${nodes.length} entities; the table below lists the same links` });
  const ctx = canvas.getContext('2d');
  const maxW = Math.max(1, ...net.edges.map((e) => e.articles));
  if (ctx) {
    ctx.lineCap = 'round';
    for (const e of net.edges) {
      const [a, b] = [byId.get(e.source), byId.get(e.target)];
      if (!a || !b) continue;
      ctx.strokeStyle = `rgba(80,80,80,${0.15 + 0.5 * (e.articles / maxW)})`;
      ctx.lineWidth = 0.5 + 3 * (e.articles / maxW);
      ctx.beginPath(); ctx.moveTo(a.x, a.y); ctx.lineTo(b.x, b.y); ctx.stroke();
    }
    ctx.font = '12px system-ui, sans-serif';
    for (const n of nodes) {
      ctx.fillStyle = COLORS[n.type] ?? '#333';
      ctx.beginPath(); ctx.arc(n.x, n.y, n.r, 0, 2 * Math.PI); ctx.fill();
      ctx.fillStyle = '#111';
      // fillText draws pixels: article text can never become markup here.
      ctx.fillText(n.name, n.x + n.r + 2, n.y + 4);
    }
  }
  canvas.addEventListener('click', (ev) => {
    const box = canvas.getBoundingClientRect();
    const x = ((ev.clientX - box.left) / box.width) * W;
    const y = ((ev.clientY - box.top) / box.height) * H;
    const hit = nodes.find((n) => (n.x - x) ** 2 + (n.y - y) ** 2 <= (n.r + 4) ** 2);
    if (hit) location.hash = entityHref(hit.id);
  });
  const names = new Map(net.nodes.map((n) => [n.id, n.name]));
  return h('section', {},
    h('h1', {}, 'Network'),
    h('p', { class: 'legend' }, Object.entries(COLORS).map(([t, c]) => {
      const dot = h('span', { class: 'dot', 'aria-hidden': 'true' });
      dot.style.background = c;
      return h('span', { class: 'legend-item' }, dot, ` ${t} `);
    })),
    h('div', { class: 'network-wrap' }, canvas),
    exports('co-mentions', () => net.edges.map((e) => ({ source: e.source, source_name: names.get(e.source), target: e.target, target_name: names.get(e.target), articles: e.articles }))),
    table(['Entity', 'Entity', 'Shared articles'], [...net.edges].sort((a, b) => b.articles - a.articles).slice(0, 100).map((e) => [
      link(entityHref(e.source), names.get(e.source) ?? e.source), link(entityHref(e.target), names.get(e.target) ?? e.target), String(e.articles),
    ]), 'Strongest links'));
};
