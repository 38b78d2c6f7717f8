// The committed region map is exactly what tools/map.mjs makes from world-atlas, so anyone can
// redo it (and nobody edits it by hand).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { OUTPUT, makeMap, serialise } from '../../tools/map.mjs';

test('static/data/map.json is what tools/map.mjs makes', () => {
  assert.equal(readFileSync(OUTPUT, 'utf8'), serialise(makeMap()));
});

test('the map has the nine states, Afghanistan and the border, in whole pixels', () => {
  const map = makeMap();
  assert.deepEqual(map.shapes.map((s) => s.id).sort(), ['AFG', 'ARM', 'AZE', 'BLR', 'GEO', 'KAZ', 'KGZ', 'RUS', 'TJK', 'UZB']);
  for (const d of [...map.shapes.map((s) => s.d), map.border, ...map.context]) assert.match(d, /^M[-0-9,MLZ]+$/);
  assert.match(map.attribution, /Natural Earth/);
});
