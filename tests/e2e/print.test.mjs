// Print: on A4 and Letter the page prints the timeline fitted to the page width, the chart, the
// roster at the chosen date and every source, without controls, tooltips or the detail panel,
// and always in the light palette.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { open } from './support.mjs';

// Printable width at 96 px per inch with 12 mm margins: A4 210 mm, Letter 8.5 in.
const PAPER = [
  { format: 'A4', width: Math.floor(((210 - 24) / 25.4) * 96) },
  { format: 'Letter', width: Math.floor((8.5 - 24 / 25.4) * 96) },
];

for (const paper of PAPER) {
  test(`prints on ${paper.format}: timeline fitted, chart, roster and sources, no controls`, async (t) => {
    const { page, problems } = await open(t, {
      width: paper.width,
      height: 1000,
      colorScheme: 'dark',
      path: '/?item=uzb-suspended&date=1999-12-31&theme=dark',
    });
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    const report = await page.evaluate(() => {
      const shown = (el) => el && getComputedStyle(el).display !== 'none' && el.getBoundingClientRect().width > 0;
      const width = document.documentElement.clientWidth;
      return {
        timelineFits: document.querySelector('.timeline').getBoundingClientRect().right <= width + 1,
        chartFits: document.querySelector('.chart-svg').getBoundingClientRect().right <= width + 1,
        shown: ['.view-timeline', '.chart', '.roster', '.source-list'].filter((s) => !shown(document.querySelector(s))),
        controls: [...document.querySelectorAll('.switches, .segmented, .close-button, .hotspot, .chart-table, .detail-panel, #roster-year')]
          .filter(shown).map((el) => el.className || el.id),
        background: getComputedStyle(document.documentElement).backgroundColor,
        text: getComputedStyle(document.body).color,
        roster: document.querySelector('[data-testid=roster-headline]').textContent,
      };
    });
    assert.ok(report.timelineFits, 'the timeline fits the page width');
    assert.ok(report.chartFits, 'the chart fits the page width');
    assert.deepEqual(report.shown, [], 'these print');
    assert.deepEqual(report.controls, [], 'no controls, no detail panel');
    assert.equal(report.text, 'rgb(26, 26, 26)', 'dark text on paper even in the dark theme');
    // The page's own background is the paper's: transparent, or white-ish, never the dark theme's.
    const [r, g, b, a = 1] = report.background.match(/[\d.]+/g).map(Number);
    assert.ok(a === 0 || Math.min(r, g, b) >= 240, `background ${report.background}`);
    assert.match(report.roster, /^On 31 Dec 1999/);
    const pdf = await page.pdf({ format: paper.format, printBackground: false });
    assert.ok(pdf.length > 10_000, 'a PDF is produced');
    assert.deepEqual(problems, []);
  });
}
