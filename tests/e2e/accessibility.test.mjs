// Accessibility audit: axe-core (WCAG 2 A/AA, 2.1 AA, 2.2 AA and best practice) reports no
// violation in any view or state. To audit a new view, add an entry to STATES: a name and the
// steps that bring the page there.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { open, root } from './support.mjs';

const AXE = join(root, 'tools', 'node_modules', 'axe-core', 'axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

const STATES = [
  { name: 'first view', steps: async () => {} },
  { name: 'timeline item selected, detail panel open', steps: async (page) => {
    await page.click('#tl-uzb-suspended');
    await page.waitForSelector('#detail');
  } },
  { name: 'event with conflicting sources open', steps: async (page) => {
    await page.click('#tl-treaty-in-force');
    await page.waitForSelector('#detail .conflict');
  } },
  { name: 'chart on the bilateral track, table open, mark focused', steps: async (page) => {
    await page.click('button[data-track=bilateral]');
    await page.waitForSelector('figure.chart[data-track=bilateral]');
    await page.click('.chart-table summary');
    await page.focus('#mark-rus-brdm-2021');
  } },
  { name: 'chart mark opened from the collective track', steps: async (page) => {
    await page.focus('#mark-sochi-pledge');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#detail');
  } },
  { name: 'roster at a chosen date (1999)', steps: async (page) => {
    await page.focus('#roster-year');
    await page.keyboard.press('Home');
    for (let i = 0; i < 7; i++) await page.keyboard.press('ArrowRight');
  } },
  { name: 'roster after the as-of date', steps: async (page) => {
    const axis = page.locator('.tl-axis');
    const box = await axis.boundingBox();
    await axis.click({ position: { x: box.width * 0.985, y: box.height / 2 } });
    await page.waitForSelector('.roster .warning');
  } },
];

const VIEWPORTS = [
  { label: 'desktop', width: 1280, height: 900 },
  { label: 'phone', width: 360, height: 740 },
];

async function audit(page) {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async (tags) => {
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')} — ${n.failureSummary.replace(/\s+/g, ' ')}`),
    }));
  }, TAGS);
}

for (const viewport of VIEWPORTS) {
  for (const state of STATES) {
    test(`axe: ${state.name} (${viewport.label})`, async (t) => {
      const { page } = await open(t, { width: viewport.width, height: viewport.height });
      await state.steps(page);
      const violations = await audit(page);
      assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));
    });
  }
}
