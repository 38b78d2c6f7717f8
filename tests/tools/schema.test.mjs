// static/data/csto.schema.json describes the format the explorer loads: our own data passes it,
// and broken copies fail it on the keyword that catches each mistake. (The explorer's own checks
// in src/data/ remain the authority; the schema is for people writing their own datasets.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

// ajv is a dependency of tools/, so it is resolved from there.
const require = createRequire(new URL('../../tools/package.json', import.meta.url));
const Ajv2020 = require('ajv/dist/2020.js');

const read = (path) => JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));
const schema = read('static/data/csto.schema.json');
const csto = read('static/data/csto.json');
const validate = new Ajv2020({ strict: true, allErrors: true }).compile(schema);

const describe = (errors) => errors.map((e) => `${e.instancePath || '(root)'} ${e.keyword}: ${e.message}`).join('\n');

/** A deep copy of the bundled data, changed by `change`. */
function broken(change) {
  const copy = structuredClone(csto);
  change(copy);
  return copy;
}

/** The data fails the schema, and one of its errors is `keyword` at `path`. */
function rejects(data, keyword, path) {
  assert.equal(validate(data), false, `expected a ${keyword} error at ${path}`);
  assert.ok(
    validate.errors.some((e) => e.keyword === keyword && e.instancePath === path),
    `expected a ${keyword} error at ${path}, got:\n${describe(validate.errors)}`,
  );
}

test('the schema is a readable draft 2020-12 schema: every definition and property titled and described', () => {
  assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
  const untitled = [];
  const walk = (node, where) => {
    if (!node.title || !node.description) untitled.push(where);
    for (const [name, child] of Object.entries(node.properties ?? {})) walk(child, `${where}/properties/${name}`);
  };
  walk(schema, '#');
  for (const [name, def] of Object.entries(schema.$defs)) walk(def, `#/$defs/${name}`);
  assert.deepEqual(untitled, []);
});

test('static/data/csto.json follows the schema', () => {
  assert.ok(validate(csto), describe(validate.errors ?? []));
});

test('the custom datasets the explorer accepts follow the schema', () => {
  for (const path of ['tests/fixtures/custom/valid.json', 'tests/fixtures/custom/xss.json']) {
    assert.ok(validate(read(path)), `${path}:\n${describe(validate.errors ?? [])}`);
  }
});

test('an unknown top-level field is rejected', () => {
  rejects(broken((d) => { d.joined = '1992'; }), 'additionalProperties', '');
});

test('a status period without sources is rejected', () => {
  rejects(broken((d) => { delete d.status_periods[0].sources; }), 'required', '/status_periods/0');
});

test('a state id that is not an ISO alpha-3 code is rejected', () => {
  const i = csto.states.findIndex((s) => s.id === 'RUS');
  rejects(broken((d) => { d.states[i].id = 'russia'; }), 'pattern', `/states/${i}/id`);
});

test('a source address that is not http(s) is rejected', () => {
  rejects(broken((d) => { d.sources[0].url = 'javascript:alert(1)'; }), 'pattern', '/sources/0/url');
});

test('a stated amount of 0 is rejected: undisclosed is never 0', () => {
  const i = csto.assistance.findIndex((a) => a.value.status === 'stated');
  rejects(broken((d) => { d.assistance[i].value.amount = 0; }), 'exclusiveMinimum', `/assistance/${i}/value/amount`);
});

test('a status that is not one of the five is rejected', () => {
  rejects(broken((d) => { d.status_periods[0].status = 'observer'; }), 'enum', '/status_periods/0/status');
});

test('the rules a schema can express beyond field types hold', () => {
  const stated = csto.assistance.findIndex((a) => a.value.status === 'stated');
  const withItems = csto.assistance.findIndex((a) => a.items.length > 0);
  const stateLane = csto.events.findIndex((e) => e.lane === 'state');
  rejects(broken((d) => { d.schema_version = 2; }), 'const', '/schema_version');
  rejects(broken((d) => { d.as_of = '2026-03'; }), 'pattern', '/as_of');
  rejects(broken((d) => { d.status_periods[0].start = '1999-02-29'; }), 'pattern', '/status_periods/0/start');
  rejects(broken((d) => { d.states[0].name = ' Armenia'; }), 'pattern', '/states/0/name');
  rejects(broken((d) => { d.status_periods[0].sources = []; }), 'minItems', '/status_periods/0/sources');
  rejects(broken((d) => { d.assistance[stated].value.min = 1; }), 'oneOf', `/assistance/${stated}/value`);
  rejects(broken((d) => { d.assistance[stated].value.currency = 'usd'; }), 'pattern', `/assistance/${stated}/value/currency`);
  rejects(broken((d) => { d.assistance[withItems].items[0] = { what: 'tanks', unit: 'tanks' }; }), 'anyOf', `/assistance/${withItems}/items/0`);
  rejects(broken((d) => { d.events[stateLane].states.push('RUS'); }), 'maxItems', `/events/${stateLane}/states`);
  rejects(broken((d) => { d.assistance[stated].donor = 'CSTO'; d.assistance[stated].track = 'bilateral'; }), 'const', `/assistance/${stated}/track`);
  // Optional fields may be left out or null, as serde reads them; defaulted lists may not be null.
  assert.ok(validate(broken((d) => { d.sources[0].url = null; delete d.chapters; })), describe(validate.errors ?? []));
  rejects(broken((d) => { d.chapters = null; }), 'type', '/chapters');
});

test('a qualifier is one of four hedges, and a stated amount\'s wording names its text, language and source', () => {
  const plan = (d) => d.assistance.find((a) => a.id === 'rus-plan-2015');
  rejects(broken((d) => { plan(d).value.qualifier = 'roughly'; }), 'enum', '/assistance/10/value/qualifier');
  rejects(broken((d) => { delete plan(d).value.wording.lang; }), 'required', '/assistance/10/value/wording');
  rejects(broken((d) => { plan(d).value.wording.lang = 'Russian'; }), 'pattern', '/assistance/10/value/wording/lang');
});

test('a changelog entry names its record, field, why and sources', () => {
  rejects(broken((d) => { delete d.changelog[0].why; }), 'required', '/changelog/0');
  rejects(broken((d) => { d.changelog[0].sources = []; }), 'minItems', '/changelog/0/sources');
  rejects(broken((d) => { d.changelog[0].when = '2026'; }), 'additionalProperties', '/changelog/0');
});
