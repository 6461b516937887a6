import type { Browser, Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import type { Dataset } from '../../src/domain/dataset.ts';
import { validateDataset } from '../../src/domain/validate-dataset.ts';
import { parseCsv } from '../../src/export/to-csv.ts';
import { csvRecords, exportFile, parseSvg, scratchPage } from './export-checks.ts';
import { describeAxeFindings, runEveryAxeRule, watchErrors } from './page-checks.ts';

/** A PNG's pixel size, from its IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]));
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** How many pixels differ from the corner's colour, and how many distinct colours there are. */
async function inspectPng(browser: Browser, bytes: Buffer) {
  const page = await scratchPage(browser);
  const stats = await page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth;
    canvas.height = image.naturalHeight;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2d context');
    context.drawImage(image, 0, 0);
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    const colours = new Set<number>();
    let differing = 0;
    const [r0, g0, b0] = [data[0], data[1], data[2]];
    for (let i = 0; i < data.length; i += 4) {
      colours.add(((data[i] ?? 0) << 16) | ((data[i + 1] ?? 0) << 8) | (data[i + 2] ?? 0));
      if (data[i] !== r0 || data[i + 1] !== g0 || data[i + 2] !== b0) differing++;
    }
    return {
      background: [r0, g0, b0],
      colours: colours.size,
      inkShare: differing / (data.length / 4),
    };
  }, bytes.toString('base64'));
  await page.close();
  return stats;
}

function expectNotBlank(stats: { colours: number; inkShare: number }) {
  expect(stats.colours).toBeGreaterThan(20);
  expect(stats.inkShare).toBeGreaterThan(0.02);
}

/** Renders an SVG file with Chromium's own SVG renderer and returns the screenshot. */
async function renderSvg(browser: Browser, svg: string, width: number, height: number) {
  const page = await browser.newPage({ viewport: { width, height } });
  await page.goto(`data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`);
  const png = await page.screenshot();
  await page.close();
  return png;
}

const grid = (page: Page) => page.getByRole('grid', { name: 'Positions matrix' });
const timeline = (page: Page) => page.getByRole('region', { name: 'Mediator meetings timeline' });

async function cellNames(page: Page): Promise<string[]> {
  return grid(page)
    .getByRole('gridcell')
    .evaluateAll((cells) => cells.map((c) => c.querySelector('.sr-only')?.textContent ?? ''));
}

async function meetingNames(page: Page): Promise<string[]> {
  return timeline(page)
    .getByRole('button', { name: /^Meeting / })
    .allTextContents();
}

async function wholeDataset(page: Page): Promise<Dataset> {
  const file = await exportFile(page, 'Export dataset as JSON');
  const result = validateDataset(JSON.parse(file.bytes.toString('utf8')));
  if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 5)));
  return result.dataset;
}

/** Every export's button, named as DESIGN.md says: "Export <view> as <format>". */
const EXPORT_BUTTONS = [
  'Export matrix as SVG',
  'Export matrix as PNG',
  'Export timeline as SVG',
  'Export timeline as PNG',
  'Export comparison as SVG',
  'Export comparison as PNG',
  'Export positions as CSV',
  'Export meetings as CSV',
  'Export proposals as CSV',
  'Export dataset as JSON',
  'Export sequencing as SVG',
  'Export sequencing as PNG',
  'Export sequencing as CSV',
  'Export changes as CSV',
  'Export disputes as CSV',
];

const FILE_NAME = /^[a-z0-9-]+-[a-z0-9-]+-\d{4}-\d{2}-\d{2}\.(svg|png|csv|json)$/;

test.describe('exports of the seed case', () => {
  let errors: string[] = [];
  test.beforeEach(async ({ page }) => {
    errors = await watchErrors(page);
    await page.goto('./');
    await expect(grid(page)).toBeVisible();
  });
  test.afterEach(() => {
    expect(errors).toEqual([]);
  });

  test('the matrix exports as an SVG with title, legend and every visible cell, and renders', async ({
    page,
    browser,
  }) => {
    // A filter, so that the exported words and cells follow it.
    await page.getByRole('checkbox', { name: 'Egypt' }).uncheck();
    const file = await exportFile(page, 'Export matrix as SVG');
    expect(file.fileName).toMatch(FILE_NAME);
    expect(file.fileName).toMatch(/-matrix-\d{4}-\d{2}-\d{2}\.svg$/);
    const svg = file.bytes.toString('utf8');
    const parsed = await parseSvg(browser, svg);
    expect(parsed.titles[0]).toMatch(/ — Positions matrix$/);
    expect(parsed.text).toContain('Legend');
    expect(parsed.text).toMatch(/Mediators: [^·]*Qatar[^·]* · as of \d{4}-\d{2}-\d{2}/);
    expect(parsed.text).not.toMatch(/Mediators: [^·]*Egypt/);
    expect(parsed.text).toContain('Sources');
    expect(parsed.text).toMatch(/Exported \d{4}-\d{2}-\d{2}/);
    const names = await cellNames(page);
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(parsed.titles).toContain(name);

    const rendered = await renderSvg(browser, svg, parsed.width, parsed.height);
    expect(pngSize(rendered)).toEqual({ width: parsed.width, height: parsed.height });
    expectNotBlank(await inspectPng(browser, rendered));
  });

  test('the matrix exports as a PNG of the SVG’s size at 1× and twice it at 2×', async ({
    page,
    browser,
  }) => {
    const svg = await parseSvg(
      browser,
      (await exportFile(page, 'Export matrix as SVG')).bytes.toString('utf8'),
    );
    await page.getByLabel('Matrix PNG scale').selectOption('1');
    const one = await exportFile(page, 'Export matrix as PNG');
    expect(one.fileName).toMatch(/-matrix-\d{4}-\d{2}-\d{2}\.png$/);
    expect(pngSize(one.bytes)).toEqual({ width: svg.width, height: svg.height });
    expectNotBlank(await inspectPng(browser, one.bytes));

    await page.getByLabel('Matrix PNG scale').selectOption('2');
    const two = await exportFile(page, 'Export matrix as PNG');
    expect(pngSize(two.bytes)).toEqual({ width: 2 * svg.width, height: 2 * svg.height });
    const stats = await inspectPng(browser, two.bytes);
    expectNotBlank(stats);
    expect(stats.background).toEqual([255, 255, 255]);
  });

  test('the timeline exports as SVG and PNG with every visible meeting', async ({
    page,
    browser,
  }) => {
    const file = await exportFile(page, 'Export timeline as SVG');
    expect(file.fileName).toMatch(/-timeline-\d{4}-\d{2}-\d{2}\.svg$/);
    const svg = file.bytes.toString('utf8');
    const parsed = await parseSvg(browser, svg);
    expect(parsed.titles[0]).toMatch(/ — Mediator meetings timeline$/);
    expect(parsed.text).toContain('Legend');
    const names = await meetingNames(page);
    expect(names.length).toBeGreaterThan(3);
    for (const name of names) expect(parsed.titles).toContain(name);
    expectNotBlank(
      await inspectPng(browser, await renderSvg(browser, svg, parsed.width, parsed.height)),
    );

    await page.getByLabel('Timeline PNG scale').selectOption('1');
    const one = await exportFile(page, 'Export timeline as PNG');
    expect(pngSize(one.bytes)).toEqual({ width: parsed.width, height: parsed.height });
    expectNotBlank(await inspectPng(browser, one.bytes));
    await page.getByLabel('Timeline PNG scale').selectOption('2');
    const two = await exportFile(page, 'Export timeline as PNG');
    expect(pngSize(two.bytes)).toEqual({ width: 2 * parsed.width, height: 2 * parsed.height });
    expectNotBlank(await inspectPng(browser, two.bytes));

    // A hidden mediator's meetings leave the export as they leave the screen.
    await page.getByRole('checkbox', { name: 'Egypt' }).uncheck();
    const filtered = await parseSvg(
      browser,
      (await exportFile(page, 'Export timeline as SVG')).bytes.toString('utf8'),
    );
    expect(filtered.titles).not.toContain('Meeting on 2023-11-09 in Cairo, mediated by Egypt');
    for (const name of await meetingNames(page)) expect(filtered.titles).toContain(name);
  });

  test('the comparison exports as SVG and PNG', async ({ page, browser }) => {
    const file = await exportFile(page, 'Export comparison as SVG');
    expect(file.fileName).toMatch(/-comparison-[a-z0-9-]+-\d{4}-\d{2}-\d{2}\.svg$/);
    const svg = file.bytes.toString('utf8');
    const parsed = await parseSvg(browser, svg);
    expect(parsed.titles[0]).toMatch(/ compared$/);
    expect(parsed.text).toContain('Legend');
    expect(parsed.text).toContain('Where they stand');
    const issues = await page.locator('.compare-table tbody th[scope="row"]').allTextContents();
    expect(issues.length).toBeGreaterThan(0);
    for (const issue of issues) expect(parsed.text).toContain(issue);
    expectNotBlank(
      await inspectPng(browser, await renderSvg(browser, svg, parsed.width, parsed.height)),
    );

    await page.getByLabel('Comparison PNG scale').selectOption('1');
    const one = await exportFile(page, 'Export comparison as PNG');
    expect(pngSize(one.bytes)).toEqual({ width: parsed.width, height: parsed.height });
    expectNotBlank(await inspectPng(browser, one.bytes));
  });

  test('the positions CSV parses back to the records the matrix counts', async ({ page }) => {
    const dataset = await wholeDataset(page);
    const byId = new Map(dataset.positions.map((p) => [p.id, p]));
    const file = await exportFile(page, 'Export positions as CSV');
    expect(file.fileName).toMatch(/-positions-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(file.bytes.subarray(0, 3)).not.toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const records = csvRecords(file.bytes);
    expect(records.length).toBeGreaterThan(0);
    for (const record of records) {
      const position = byId.get(record.id ?? '');
      expect(position, record.id).toBeDefined();
      expect(record).toMatchObject({
        actor_id: position?.actorId,
        issue_id: position?.issueId,
        stance: position?.stance,
        date: position?.date,
        origin: position?.origin,
        evidence_quote: position?.evidence?.quote ?? '',
        citation_title: position?.citation?.title ?? '',
      });
      const source = dataset.sources.find((s) => s.id === position?.evidence?.sourceId);
      expect(record.source_title).toBe(source?.title ?? '');
      expect(record.source_url).toBe(source?.url ?? '');
    }
    const filled = (await cellNames(page)).filter((n) => !n.endsWith(': no stated position'));
    const currentPerParty = records.filter((r) => r.in_cell === 'current').length;
    expect(currentPerParty).toBeLessThanOrEqual(filled.length);
    expect(currentPerParty).toBeGreaterThan(0);

    await page.getByLabel('Byte-order mark in positions CSV (for Excel)').check();
    const withBom = await exportFile(page, 'Export positions as CSV');
    expect(withBom.bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(csvRecords(withBom.bytes)).toEqual(records);
  });

  test('the meetings CSV parses back to the meetings the timeline shows', async ({ page }) => {
    const dataset = await wholeDataset(page);
    const file = await exportFile(page, 'Export meetings as CSV');
    expect(file.fileName).toMatch(/-meetings-\d{4}-\d{2}-\d{2}\.csv$/);
    const records = csvRecords(file.bytes);
    expect(records).toHaveLength((await meetingNames(page)).length);
    for (const record of records) {
      const meeting = dataset.meetings.find((m) => m.id === record.id);
      expect(meeting, record.id).toBeDefined();
      expect(record).toMatchObject({
        date_start: meeting?.date.start,
        date_precision: meeting?.date.precision,
        place: meeting?.place ?? '',
        mediator_ids: meeting?.mediatorIds.join('; '),
        participant_ids: meeting?.participantIds.join('; '),
        origin: meeting?.origin,
        evidence_quote: meeting?.evidence?.quote ?? '',
      });
    }
  });

  test('the dataset exports as JSON, whole or filtered, valid against the schema', async ({
    page,
  }) => {
    const whole = await exportFile(page, 'Export dataset as JSON');
    expect(whole.fileName).toMatch(/-dataset-\d{4}-\d{2}-\d{2}\.json$/);
    const dataset = validateDataset(JSON.parse(whole.bytes.toString('utf8')));
    expect(dataset.ok).toBe(true);

    await page.getByRole('checkbox', { name: 'Egypt' }).uncheck();
    await page.getByLabel('Only what the filters show').check();
    const part = await exportFile(page, 'Export dataset as JSON');
    expect(part.fileName).toMatch(/-dataset-filtered-\d{4}-\d{2}-\d{2}\.json$/);
    const filtered = validateDataset(JSON.parse(part.bytes.toString('utf8')));
    if (!filtered.ok) throw new Error(JSON.stringify(filtered.problems.slice(0, 5)));
    if (!dataset.ok) return;
    expect(filtered.dataset.meetings.length).toBeLessThan(dataset.dataset.meetings.length);
    const meetings = csvRecords((await exportFile(page, 'Export meetings as CSV')).bytes);
    expect(filtered.dataset.meetings.map((m) => m.id).sort()).toEqual(
      meetings.map((m) => m.id).sort(),
    );
  });
});

const sequencing = (page: Page) => page.getByRole('region', { name: 'Sequencing' });
const CAPTIVES_VERDICT =
  'blocked: Release of captives held in Gaza waits for Permanent ceasefire, which Israel opposes (implied by its demand for Disarmament or elimination of Hamas)';

/** The accessible names of the Sequencing view's issues and conditions. */
async function sequencingNames(page: Page): Promise<{ nodes: string[]; edges: string[] }> {
  const region = sequencing(page);
  await expect(region.getByRole('button').first()).toBeVisible();
  const names = async (selector: string) =>
    region
      .locator(selector)
      .evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? ''));
  return { nodes: await names('.sequencing-node'), edges: await names('.sequencing-edge__label') };
}

test.describe('exports of the analyses of the seed case', () => {
  let errors: string[] = [];
  test.beforeEach(async ({ page }) => {
    errors = await watchErrors(page);
  });
  test.afterEach(() => {
    expect(errors).toEqual([]);
  });

  test('the sequencing exports as an SVG with every issue, condition and verdict, and as PNG at 1× and 2×', async ({
    page,
    browser,
  }) => {
    await page.goto('./');
    const { nodes, edges } = await sequencingNames(page);
    expect(nodes.length).toBe(3);
    expect(edges.length).toBe(2);
    const file = await exportFile(page, 'Export sequencing as SVG');
    expect(file.fileName).toMatch(FILE_NAME);
    expect(file.fileName).toMatch(/-sequencing-\d{4}-\d{2}-\d{2}\.svg$/);
    const svg = file.bytes.toString('utf8');
    const parsed = await parseSvg(browser, svg);
    expect(parsed.titles[0]).toMatch(/ — Sequencing as of \d{4}-\d{2}-\d{2}$/);
    for (const word of ['Legend', 'Verdicts', 'Sources', 'open: every condition', 'deadlock:'])
      expect(parsed.text).toContain(word);
    expect(parsed.text).toMatch(/as of \d{4}-\d{2}-\d{2}/);
    expect(parsed.text).toMatch(/Exported \d{4}-\d{2}-\d{2}/);
    for (const name of [...nodes, ...edges]) expect(parsed.titles).toContain(name);
    expect(parsed.titles).toContain(CAPTIVES_VERDICT);
    const rendered = await renderSvg(browser, svg, parsed.width, parsed.height);
    expect(pngSize(rendered)).toEqual({ width: parsed.width, height: parsed.height });
    expectNotBlank(await inspectPng(browser, rendered));

    await page.getByLabel('Sequencing PNG scale').selectOption('1');
    const one = await exportFile(page, 'Export sequencing as PNG');
    expect(one.fileName).toMatch(/-sequencing-\d{4}-\d{2}-\d{2}\.png$/);
    expect(pngSize(one.bytes)).toEqual({ width: parsed.width, height: parsed.height });
    expectNotBlank(await inspectPng(browser, one.bytes));
    await page.getByLabel('Sequencing PNG scale').selectOption('2');
    const two = await exportFile(page, 'Export sequencing as PNG');
    expect(pngSize(two.bytes)).toEqual({ width: 2 * parsed.width, height: 2 * parsed.height });
    expectNotBlank(await inspectPng(browser, two.bytes));
  });

  test('the sequencing CSV parses back to one row per condition the view draws', async ({
    page,
  }) => {
    await page.goto('./');
    const dataset = await wholeDataset(page);
    const { edges } = await sequencingNames(page);
    const file = await exportFile(page, 'Export sequencing as CSV');
    expect(file.fileName).toMatch(/-sequencing-\d{4}-\d{2}-\d{2}\.csv$/);
    const records = csvRecords(file.bytes);
    expect(records.map((r) => `${r.party}: ${r.issue} waits for ${r.waits_for}`).sort()).toEqual(
      [...edges].sort(),
    );
    for (const record of records) {
      const position = dataset.positions.find((p) => p.id === record.position_id);
      expect(position, record.position_id).toBeDefined();
      expect(record).toMatchObject({
        stance: 'conditional',
        issue_id: position?.issueId,
        waits_for_id: position?.condition?.issueId,
        evidence_quote: position?.evidence?.quote ?? '',
        verdict_class: 'blocked',
      });
      expect(record.verdict).toMatch(/^blocked: /);
      const source = dataset.sources.find((s) => s.id === position?.evidence?.sourceId);
      expect(record.source_title).toBe(source?.title ?? '');
    }
    expect(records.map((r) => r.verdict)).toContain(CAPTIVES_VERDICT);
  });

  test('the matrix export carries the verdicts and, comparing two dates, each change', async ({
    page,
    browser,
  }) => {
    await page.goto('./?change-from=2023-12-19&change-to=2023-12-20');
    await expect(grid(page).getByRole('gridcell', { name: /: appeared as / })).toHaveCount(2);
    const file = await exportFile(page, 'Export matrix as SVG');
    const svg = file.bytes.toString('utf8');
    const parsed = await parseSvg(browser, svg);
    const names = await cellNames(page);
    for (const name of names) expect(parsed.titles).toContain(name);
    expect(names.filter((n) => n.includes(': appeared as '))).toHaveLength(2);
    expect(names.filter((n) => n.includes(': changed from '))).toHaveLength(5);
    expect(parsed.titles).toContain(`Release of captives held in Gaza: ${CAPTIVES_VERDICT}`);
    for (const word of [
      'the Sequencing export gives each in full',
      'changes between 2023-12-19 and 2023-12-20',
      'Appeared: no position before',
      'Changed toward reject on the scale',
      'none → Demand',
      'Support → Conditional',
    ])
      expect(parsed.text).toContain(word);
    expectNotBlank(
      await inspectPng(browser, await renderSvg(browser, svg, parsed.width, parsed.height)),
    );
    await page.getByLabel('Matrix PNG scale').selectOption('1');
    const png = await exportFile(page, 'Export matrix as PNG');
    expect(pngSize(png.bytes)).toEqual({ width: parsed.width, height: parsed.height });
  });

  test('the changes and disputes CSVs parse back to what the matrix marks', async ({ page }) => {
    await page.goto('./');
    await expect(grid(page)).toBeVisible();
    const dataset = await wholeDataset(page);
    const disputes = await exportFile(page, 'Export disputes as CSV');
    expect(disputes.fileName).toMatch(/-disputes-\d{4}-\d{2}-\d{2}\.csv$/);
    const [header] = parseCsv(disputes.bytes.toString('utf8'));
    expect(header).toEqual(
      expect.arrayContaining([
        'party',
        'issue',
        'first_stance',
        'first_evidence_quote',
        'first_source_title',
        'first_source_published',
        'second_stance',
        'second_evidence_quote',
        'second_source_title',
        'second_source_published',
      ]),
    );
    // The seed case has one report, so no two reports disagree; the file says so by its rows.
    const disputed = (await cellNames(page)).filter((n) => n.includes('; disputed:'));
    expect(csvRecords(disputes.bytes)).toHaveLength(disputed.length);

    // Without two dates there is no change to export: the bar says so.
    await page.getByRole('button', { name: 'Export changes as CSV', exact: true }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Choose a from date' })).toBeVisible();

    await page.getByLabel('From date').fill('2023-12-19');
    await page.getByLabel('To date').fill('2023-12-20');
    await expect(grid(page).getByRole('gridcell', { name: /: appeared as / })).toHaveCount(2);
    const file = await exportFile(page, 'Export changes as CSV');
    expect(file.fileName).toMatch(/-changes-2023-12-19-to-2023-12-20-\d{4}-\d{2}-\d{2}\.csv$/);
    const records = csvRecords(file.bytes);
    expect(records).toHaveLength(7);
    // The curated November deal gave both parties support; December's report changed five cells.
    expect(records.filter((r) => r.change === 'appeared')).toHaveLength(2);
    expect(records.filter((r) => r.change === 'changed')).toHaveLength(5);
    const names = await cellNames(page);
    for (const record of records) {
      expect(record).toMatchObject({
        from_stance: record.change === 'appeared' ? '' : 'support',
        from_date: '2023-12-19',
      });
      expect(
        names.some((n) => n.startsWith(`${record.party} — ${record.issue}: ${record.description}`)),
      ).toBe(true);
      const position = dataset.positions.find((p) => p.id === record.to_position_id);
      expect(position, record.to_position_id).toBeDefined();
      expect(record.to_stance).toBe(position?.stance);
      expect(record.to_evidence_quote).toBe(position?.evidence?.quote ?? '');
    }
  });
});

test('the export buttons are accessible, and their code loads on the first export, not on first paint', async ({
  page,
}) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.goto('./');
  await expect(grid(page)).toBeVisible();
  for (const name of EXPORT_BUTTONS) {
    await expect(page.getByRole('button', { name, exact: true })).toHaveCount(1);
  }
  expect(describeAxeFindings(await runEveryAxeRule(page, '.export-bar'), 'export bars')).toEqual(
    [],
  );
  expect(scripts.filter((s) => /run-export/.test(s))).toEqual([]);
  await exportFile(page, 'Export positions as CSV');
  expect(scripts.filter((s) => /run-export/.test(s))).toHaveLength(1);
});

test.describe('exports in the dark theme', () => {
  test.use({ colorScheme: 'dark' });

  test('a dark page exports its matrix on a solid dark background', async ({ page, browser }) => {
    const errors = await watchErrors(page);
    await page.goto('./');
    const svg = await parseSvg(
      browser,
      (await exportFile(page, 'Export matrix as SVG')).bytes.toString('utf8'),
    );
    expect(svg.background).toBe('#0f1419');
    await page.getByLabel('Matrix PNG scale').selectOption('1');
    const stats = await inspectPng(browser, (await exportFile(page, 'Export matrix as PNG')).bytes);
    expect(stats.background).toEqual([15, 20, 25]);
    expectNotBlank(stats);
    const sequencingSvg = await parseSvg(
      browser,
      (await exportFile(page, 'Export sequencing as SVG')).bytes.toString('utf8'),
    );
    expect(sequencingSvg.background).toBe('#0f1419');
    expect(errors).toEqual([]);
  });
});
