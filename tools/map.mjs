// Makes the explorer's region map, static/data/map.json, from Natural Earth's public-domain
// boundaries as the npm package world-atlas ships them (countries-50m, TopoJSON):
//   1. keep one point in ten (topojson-simplify, by triangle area), so the file stays small;
//   2. project with a conic equal-area projection (parallels 35°N and 60°N, centred on 58°E)
//      fitted to Belarus–Kyrgyzstan and the Caucasus–Afghanistan; Russia runs on beyond the
//      frame, so the small states stay large enough to see and to click;
//   3. write SVG path data in whole pixels of a 1000 × 560 frame: the nine states and
//      Afghanistan (with where each name goes), the neighbours in grey for context, and the
//      Tajik–Afghan border as its own line (the arcs the two countries share).
// Trunk runs it before every build (Trunk.toml, pre_build), writing only when the result differs,
// so an unchanged map does not make cargo rebuild; build.rs then compiles the file into the app.
// By hand: `node tools/map.mjs`. tests/tools/map.test.mjs checks that the committed file is
// exactly what this makes.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { feature, mesh } from 'topojson-client';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import { geoCentroid, geoConicEqualArea, geoPath } from 'd3-geo';

const here = dirname(fileURLToPath(import.meta.url));
export const OUTPUT = join(here, '..', 'static', 'data', 'map.json');
const require = createRequire(import.meta.url);
const ATLAS = require.resolve('world-atlas/countries-50m.json');

/** ISO 3166-1 numeric (world-atlas ids) to the dataset's alpha-3 codes. */
const STATES = { '051': 'ARM', '031': 'AZE', '112': 'BLR', '268': 'GEO', '398': 'KAZ', '417': 'KGZ', '643': 'RUS', '762': 'TJK', '860': 'UZB', '004': 'AFG' };
/** Neighbours drawn in grey so the region reads as a place. */
const CONTEXT = ['795', '364', '156', '496', '804', '792', '586', '356', '246', '233', '428', '440', '616', '498', '642', '100', '578', '752', '368', '760', '434'];
/** Where a name goes when the shape's centre is not the place (Russia's is off the frame). */
const LABEL_AT = { RUS: [52, 57], KAZ: [67, 48.5], AFG: [66, 33.5], GEO: [43.3, 42.6], ARM: [43.6, 39.0], AZE: [50.9, 40.9] };
const KEEP = 0.1;
const [W, H] = [1000, 560];

export function makeMap() {
  const topology = JSON.parse(readFileSync(ATLAS, 'utf8'));
  const pre = presimplify(topology);
  const simple = simplify(pre, quantile(pre, KEEP));
  const geometries = simple.objects.countries.geometries;
  const pick = (ids) => geometries.filter((g) => ids.includes(g.id)).sort((a, b) => a.id.localeCompare(b.id));
  const frame = { type: 'Feature', geometry: { type: 'MultiPoint', coordinates: [[23, 29], [23, 60], [92, 29], [92, 60], [60, 64], [60, 29]] } };
  const projection = geoConicEqualArea().parallels([35, 60]).rotate([-58, 0]).fitExtent([[8, 8], [W - 8, H - 8]], frame);
  projection.clipExtent([[0, 0], [W, H]]);
  const path = geoPath(projection).digits(0);
  const shapes = pick(Object.keys(STATES)).map((g) => {
    const f = feature(simple, g);
    const id = STATES[g.id];
    return { id, d: path(f), label: projection(LABEL_AT[id] ?? geoCentroid(f)).map(Math.round) };
  });
  const context = pick(CONTEXT).map((g) => path(feature(simple, g))).filter(Boolean);
  const border = path(mesh(simple, simple.objects.countries, (a, b) => [a.id, b.id].sort().join() === '004,762'));
  return {
    attribution: 'Boundaries: Natural Earth (public domain), 1:50m admin-0 countries via world-atlas 2.0.2; simplified and projected by tools/map.mjs. Natural Earth draws de facto lines; they are not a statement on any disputed territory.',
    width: W,
    height: H,
    shapes,
    context,
    border,
  };
}

export const serialise = (map) => JSON.stringify(map, null, 1) + '\n';

if (import.meta.url === `file://${process.argv[1]}`) {
  const text = serialise(makeMap());
  if (!existsSync(OUTPUT) || readFileSync(OUTPUT, 'utf8') !== text) {
    writeFileSync(OUTPUT, text);
    console.log(`wrote ${OUTPUT}`);
  }
}
