import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EventRecord, WithSource } from '../store/repository.js';
import { clusterStories } from './stories.js';

let n = 0;
function event(article: string, type: string, place: string | null, day: string, precision = 'day'): WithSource<EventRecord> {
  n++;
  return {
    id: `v${n}`, article, field: 'text', start: 0, end: 1, text: 'x', type, date: { value: day, precision }, date_from: day, date_to: day,
    trigger: { start: 0, end: 1, text: 'x' }, actors: [], place, quantities: [], summary: 'x', rule: 'test',
    outlet: null, published: day, title: article,
  };
}

test('articles reporting the same kind of event at the same place a day apart form one story', () => {
  const stories = clusterStories([
    event('a', 'explosion', 'town', '2024-03-01'),
    event('b', 'explosion', 'town', '2024-03-02'),
    event('c', 'explosion', 'other town', '2024-03-01'),
    event('d', 'explosion', 'town', '2024-05-01'),
    event('e', 'statement', 'town', '2024-03-01'),
  ], []);
  assert.equal(stories.length, 1);
  assert.deepEqual(stories[0].articles, ['a', 'b']);
  assert.equal(stories[0].type, 'explosion');
});

test('figures grouped as the same claim tie their articles together', () => {
  const figure = (article: string) => ({ quantity: article, article, start: 0, end: 1, unit: 'people', outlet: null, published: null, text: '1', value: 1, low: null, high: null, qualifier: 'exact', attributed_to: null });
  const stories = clusterStories([], [{ id: 'c1', category: 'killed', counted: 'people', place: null, event: null, quantities: [], values: [], disagree: false, figures: [figure('x'), figure('y')] }]);
  assert.deepEqual(stories.map((s) => s.articles), [['x', 'y']]);
});
