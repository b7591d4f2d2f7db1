import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { QuantityRecord, WithSource } from '../store/repository.js';
import { compareQuantities, compatible, countedClass } from './compare.js';

let n = 0;
function figure(article: string, published: string, value: number, qualifier = 'exact', extra: Partial<QuantityRecord> = {}): WithSource<QuantityRecord> {
  n++;
  return {
    id: `q${n}`, article, field: 'text', start: 0, end: 2, text: String(value), value, low: null, high: null, qualifier,
    unit: 'people', category: 'killed', counted: 'people', place: 'town', as_of: null, attributed_entity: null,
    attributed_text: null, rule: 'test', outlet: `Outlet ${article}`, published, title: article, ...extra,
  };
}

test('qualifiers decide compatibility: "more than 200" and "about 290" agree, 20 and 68 do not', () => {
  assert.equal(compatible([figure('a', '2024-01-01', 200, 'more_than'), figure('b', '2024-01-02', 290, 'approximately')]), true);
  assert.equal(compatible([figure('a', '2024-01-01', 20), figure('b', '2024-01-02', 68)]), false);
  assert.equal(compatible([figure('a', '2024-01-01', 12, 'at_least'), figure('b', '2024-01-02', 27)]), true);
  assert.equal(compatible([figure('a', '2024-01-01', 30000, 'up_to'), figure('b', '2024-01-02', 35000)]), false);
  assert.equal(compatible([{ value: 25, low: 20, high: 30, qualifier: 'exact' }, { value: 28, low: null, high: null, qualifier: 'exact' }]), true);
});

test('figures of one story are grouped across articles, in publication order, and flagged', () => {
  const groups = compareQuantities([
    figure('b', '2024-03-02', 27),
    figure('a', '2024-03-01', 12),
    figure('c', '2024-03-03', 9),
  ]);
  assert.equal(groups.length, 1);
  assert.deepEqual(groups[0].values, [12, 27, 9]);
  assert.deepEqual(groups[0].figures.map((f) => f.outlet), ['Outlet a', 'Outlet b', 'Outlet c']);
  assert.equal(groups[0].disagree, true);
});

test('different places, categories, counted kinds and distant dates stay apart', () => {
  const groups = compareQuantities([
    figure('a', '2024-03-01', 12),
    figure('b', '2024-03-01', 40, 'exact', { place: 'other town' }),
    figure('c', '2024-03-01', 41, 'exact', { category: 'injured' }),
    figure('d', '2024-03-01', 5, 'exact', { counted: 'soldiers' }),
    figure('e', '2024-06-01', 13),
    figure('f', '2024-03-02', 3, 'exact', { category: 'duration', unit: 'days' }),
    figure('g', '2024-03-02', 3, 'exact', { category: 'duration', unit: 'days' }),
  ]);
  assert.deepEqual(groups, [], 'no two figures here are about the same thing');
});

test('a town and its province a few dozen kilometres away are one scene; distant places are not', () => {
  const geo = new Map([['town', { lat: 11.0, lon: 29.7 }], ['province', { lat: 11.2, lon: 30.0 }], ['capital', { lat: 15.5, lon: 32.5 }]]);
  const groups = compareQuantities([
    figure('a', '2024-03-01', 12, 'exact', { place: 'province' }),
    figure('b', '2024-03-02', 27),
    figure('c', '2024-03-02', 40, 'exact', { place: 'capital' }),
    figure('d', '2024-03-03', 30, 'exact', { place: 'capital' }),
  ], geo);
  assert.deepEqual(groups.map((g) => g.values).sort(), [[12, 27], [40, 30]]);
});

test('a figure with no place joins the only scene of its story', () => {
  const groups = compareQuantities([figure('a', '2024-03-01', 12), figure('b', '2024-03-02', 12, 'exact', { place: null })]);
  assert.deepEqual(groups.map((g) => g.values), [[12, 12]]);
});

test('a second figure of the same kind in one article is not another source', () => {
  const groups = compareQuantities([figure('a', '2024-03-01', 12), figure('a', '2024-03-01', 30), figure('b', '2024-03-02', 12)]);
  assert.equal(groups.length, 1);
  assert.deepEqual(groups[0].values, [12, 12]);
  assert.equal(groups[0].disagree, false);
});

test('counted words map to coarse kinds', () => {
  assert.equal(countedClass('Azerbaijani soldiers'), 'soldiers');
  assert.equal(countedClass('children among the dead'), 'children');
  assert.equal(countedClass('people who lost their lives'), 'people');
});
