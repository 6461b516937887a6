import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { storedState } from './page-checks.ts';

// A report written for these tests (not a real one): a later round of the Gaza talks, read
// with the seed case's codebook.
const ARTICLE = `Qatari mediators hosted a new round of talks in Doha on Tuesday, meeting an Israeli delegation and Hamas officials separately.

Hamas said it will not release any more captives until the attacks on Gaza cease completely. The group also demanded the release of Palestinian prisoners held by Israel.

Israel rejected a permanent ceasefire, and Netanyahu said the army would press on until Hamas is eliminated.

Egyptian officials said they support a temporary truce that would let more humanitarian aid into the Strip. <script>window.__pwned = true</script>`;

function workspace(page: Page) {
  return page.getByRole('region', { name: 'Your work' });
}

async function pasteArticle(page: Page) {
  await page.getByLabel('Title').fill('Doha round ends without a deal on captives');
  await page.getByLabel('Publisher').fill('Test Wire');
  await page.getByLabel('Published').fill('2024-01-17');
  await page.getByLabel('Article text').fill(ARTICLE);
  await page.getByRole('button', { name: 'Extract positions' }).click();
}

function card(page: Page, text: string | RegExp) {
  return page
    .getByRole('list', { name: 'Records to review' })
    .getByRole('listitem')
    .filter({ hasText: text });
}

test.describe('your own articles in the browser', () => {
  test('paste → extract in a Worker → review → the views change → reload keeps it all', async ({
    page,
  }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) =>
        console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    const workers: string[] = [];
    page.on('worker', (w) => workers.push(w.url()));
    await page.goto('./');
    const matrix = page.getByRole('grid', { name: 'Positions matrix' });
    await expect(matrix).toBeVisible();
    const timeline = page.getByRole('region', { name: 'Mediator meetings timeline' });
    const meetingsBefore = await timeline.getByRole('button').count();

    await pasteArticle(page);
    await expect(
      workspace(page)
        .getByRole('status')
        .filter({ hasText: 'Extracted 6 positions and 1 meeting' }),
    ).toBeVisible();
    expect(workers.some((u) => u.includes('extract-worker'))).toBe(true);

    // The evidence sentence is highlighted, as text.
    const hostage = card(page, /Hamas — Release of captives held in Gaza: conditional/);
    await expect(hostage.locator('mark')).toHaveText(/will not release any more captives/);
    const aid = card(page, /Egypt — Humanitarian aid/);
    await expect(aid.locator('blockquote')).toContainText('<script>window.__pwned = true</script>');
    expect(await page.evaluate(() => (window as { __pwned?: boolean }).__pwned)).toBeUndefined();

    // Nothing pending counts yet.
    await expect(matrix.getByRole('gridcell', { name: /^Egypt — Temporary truce/ })).toHaveCount(0);

    await hostage.getByRole('button', { name: 'Accept' }).click();
    await card(page, /Hamas — Release of Palestinian prisoners: demand/)
      .getByRole('button', { name: 'Accept' })
      .click();
    await aid.getByRole('button', { name: 'Reject' }).click();
    await card(page, /Egypt — Temporary truce: support/)
      .getByRole('button', { name: 'Accept' })
      .click();
    await card(page, /^Meeting/)
      .getByRole('button', { name: 'Accept' })
      .click();
    // "press on until Hamas is eliminated": the war aim, read through the passive.
    await card(page, /Disarmament or elimination of Hamas: demand/)
      .getByRole('button', { name: 'Accept' })
      .click();
    const israel = card(page, /Israel — Permanent ceasefire: conditional/);
    await israel.getByRole('button', { name: 'Edit' }).click();
    await israel.getByLabel('Stance').selectOption('reject');
    await israel.getByLabel('Condition text').fill('');
    await israel
      .getByLabel('Reason for the change')
      .fill('Israel rejects a permanent ceasefire outright.');
    await israel.getByRole('button', { name: 'Save edit' }).click();
    await expect(page.getByRole('list', { name: 'Records to review' })).toHaveCount(0);
    await page.screenshot({ path: 'scratch/ws/workspace-reviewed.png', fullPage: true });

    const expectViews = async () => {
      await expect(
        matrix.getByRole('gridcell', { name: /^Egypt — Temporary truce: support/ }),
      ).toHaveCount(1);
      await expect(
        matrix.getByRole('gridcell', { name: /^Israel — Permanent ceasefire: reject/ }),
      ).toHaveCount(1);
      await expect(
        matrix.getByRole('gridcell', { name: /^Egypt — Humanitarian aid: support/ }),
      ).toHaveCount(0);
      await expect(timeline.getByRole('button', { name: /Doha/ })).toHaveCount(1);
      expect(await timeline.getByRole('button').count()).toBe(meetingsBefore + 1);
    };
    await expectViews();

    await page.reload();
    await expectViews();
    await expect(page.getByText('Reviewed records (7)')).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('bad input shows its message and leaves the stored state byte-for-byte unchanged', async ({
    page,
  }) => {
    // Eight bad inputs, each checked against the whole stored state: slow on a busy machine.
    test.setTimeout(90_000);
    await page.goto('./');
    // Some saved work first, so there is something to keep.
    await pasteArticle(page);
    await expect(workspace(page).getByRole('status')).toContainText('Extracted');
    const before = await storedState(page);
    expect(before).toContain('Doha round');
    const alert = workspace(page).getByRole('alert');
    const importer = page.getByLabel('Import dataset');
    const files = page.getByLabel(/Article files/);

    const cases: { name: string; act: () => Promise<void>; message: RegExp }[] = [
      {
        name: 'an empty paste',
        act: async () => {
          await page.getByLabel('Article text').fill('   ');
          await page.getByRole('button', { name: 'Extract positions' }).click();
        },
        message: /article text is empty/,
      },
      {
        name: 'a 10 MB paste',
        act: async () => {
          await page.getByLabel('Title').fill('Huge');
          await page.getByLabel('Published').fill('2024-01-18');
          await page.getByLabel('Article text').evaluate(
            (el, n) => {
              const area = el as HTMLTextAreaElement;
              const setter = Object.getOwnPropertyDescriptor(
                HTMLTextAreaElement.prototype,
                'value',
              )?.set;
              setter?.call(area, 'Hamas demanded a ceasefire. '.repeat(n));
              area.dispatchEvent(new Event('input', { bubbles: true }));
            },
            Math.ceil(10_000_000 / 28),
          );
          await page.getByRole('button', { name: 'Extract positions' }).click();
        },
        message: /10 MB; the limit is 2 MB/,
      },
      {
        name: 'a binary file',
        act: async () => {
          await page.getByLabel('Article text').fill('');
          await files.setInputFiles({
            name: 'photo.md',
            mimeType: 'text/markdown',
            buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0xff, 0xfe]),
          });
          await page.getByRole('button', { name: 'Extract positions' }).click();
        },
        message: /photo\.md is not UTF-8 text/,
      },
      {
        name: 'a non-UTF-8 file',
        act: async () => {
          await page.getByRole('button', { name: 'Remove photo.md' }).click();
          await files.setInputFiles({
            name: 'latin1.txt',
            mimeType: 'text/plain',
            buffer: Buffer.from('Caf\xe9 talks in Doha', 'latin1'),
          });
          await page.getByRole('button', { name: 'Extract positions' }).click();
        },
        message: /latin1\.txt is not UTF-8 text/,
      },
      {
        name: 'JSON that is not a Dataset',
        act: () =>
          importer.setInputFiles({
            name: 'other.json',
            mimeType: 'application/json',
            buffer: Buffer.from(
              JSON.stringify({ schemaVersion: 1, case: { id: 'x' }, actors: 'none' }),
            ),
          }),
        message: /other\.json is not a valid Dataset/,
      },
      {
        name: 'a Dataset of a newer schemaVersion',
        act: () =>
          importer.setInputFiles({
            name: 'future.json',
            mimeType: 'application/json',
            buffer: Buffer.from(
              JSON.stringify({ schemaVersion: 99, case: { id: 'x', title: 'X' } }),
            ),
          }),
        message: /schema version 99; this app reads version 2 and older/,
      },
      {
        name: 'a Dataset with duplicated ids',
        act: () =>
          importer.setInputFiles({
            name: 'dupes.json',
            mimeType: 'application/json',
            buffer: Buffer.from(
              JSON.stringify({
                schemaVersion: 1,
                case: { id: 'dupes', title: 'Dupes' },
                actors: [
                  { id: 'a', name: 'A', kind: 'party' },
                  { id: 'a', name: 'A again', kind: 'party' },
                ],
                issues: [],
                sources: [],
                positions: [],
                meetings: [],
              }),
            ),
          }),
        message: /duplicate id "a"/,
      },
      {
        name: 'a file that is not JSON',
        act: () =>
          importer.setInputFiles({
            name: 'notes.json',
            mimeType: 'application/json',
            buffer: Buffer.from('{ not json'),
          }),
        message: /notes\.json is not JSON/,
      },
    ];
    for (const c of cases) {
      await test.step(c.name, async () => {
        await c.act();
        await expect(alert).toContainText(c.message);
        expect(await storedState(page)).toBe(before);
        await page.getByRole('button', { name: 'Dismiss' }).click();
      });
    }
    // The JSON case lists its schema errors with their paths.
    await importer.setInputFiles({
      name: 'other.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ schemaVersion: 1, case: { id: 'x' }, actors: 'none' })),
    });
    await expect(alert).toContainText('case.title');
    await expect(alert).toContainText('actors');
    await page.screenshot({ path: 'scratch/ws/workspace-alert.png', fullPage: true });
  });

  test('a full storage refuses the change, says so, and keeps the saved work as it was', async ({
    page,
  }) => {
    await page.goto('./');
    await pasteArticle(page);
    await expect(workspace(page).getByRole('status')).toContainText('Extracted');
    const before = await storedState(page);
    await page.evaluate(() => {
      IDBObjectStore.prototype.put = function () {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await card(page, /Hamas — Release of captives held in Gaza/)
      .getByRole('button', { name: 'Accept' })
      .click();
    await expect(workspace(page).getByRole('alert')).toContainText('storage for this site is full');
    await expect(card(page, /Hamas — Release of captives held in Gaza/)).toHaveCount(1);
    expect(await storedState(page)).toBe(before);
  });

  test('without storage (private mode) the page says work is not saved and still works', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'indexedDB', { value: undefined });
    });
    await page.goto('./');
    await expect(workspace(page).getByRole('alert')).toContainText('not saved');
    await pasteArticle(page);
    await expect(workspace(page).getByRole('status')).toContainText('Extracted');
  });

  test('a new case from a pasted codebook, with its errors listed by file and path', async ({
    page,
  }) => {
    await page.goto('./');
    await page.getByText('Start a new case from a codebook').click();
    await page.getByLabel('Codebook YAML').fill('case:\n  id: harbour\nactors: []\nissues: []\n');
    await page.getByRole('button', { name: 'Start new case' }).click();
    await expect(workspace(page).getByRole('alert')).toContainText('codebook.yaml: case.title');
    await page.getByRole('button', { name: 'Dismiss' }).click();
    await page
      .getByLabel('Codebook YAML')
      .fill(
        [
          'case: { id: harbour-2025, title: Harbour access talks }',
          'actors:',
          '  - { id: northland, name: Northland, kind: party }',
          '  - { id: southport, name: Southport, kind: party }',
          '  - { id: league, name: Coastal League, kind: mediator }',
          'issues:',
          '  - { id: access, label: Harbour access, phrases: [harbour access] }',
        ].join('\n'),
      );
    await page.getByRole('button', { name: 'Start new case' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Harbour access talks');
    await page.getByLabel('Title').fill('Northland presses for access');
    await page.getByLabel('Published').fill('2025-02-03');
    await page
      .getByLabel('Article text')
      .fill(
        'Northland demanded harbour access on Monday. Southport rejected harbour access for now.',
      );
    await page.getByRole('button', { name: 'Extract positions' }).click();
    await expect(workspace(page).getByRole('status')).toContainText('Extracted');
    await page.getByRole('button', { name: 'Accept all' }).click();
    await expect(
      page
        .getByRole('grid', { name: 'Positions matrix' })
        .getByRole('gridcell', { name: /^Northland — Harbour access: demand/ }),
    ).toHaveCount(1);
    await page.reload();
    await expect(page.getByLabel('Case')).toHaveValue('harbour-2025');
  });

  test('Cancel stops a running extraction: nothing is added and the text is given back', async ({
    page,
  }) => {
    await page.goto('./');
    const before = await storedState(page);
    await page.getByLabel('Title').fill('A long report');
    await page.getByLabel('Published').fill('2024-01-20');
    const long = `${ARTICLE.replace(/<script>.*<\/script>/, '')}\n\n`.repeat(2400);
    await page.getByLabel('Article text').evaluate((el, value) => {
      const area = el as HTMLTextAreaElement;
      Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set?.call(
        area,
        value,
      );
      area.dispatchEvent(new Event('input', { bubbles: true }));
    }, long);
    await page.getByRole('button', { name: 'Extract positions' }).click();
    await expect(page.getByRole('progressbar', { name: 'Extraction progress' })).toBeVisible();
    await page.getByRole('button', { name: 'Cancel extraction' }).click();
    await expect(workspace(page).getByRole('status')).toHaveText(
      'Extraction cancelled; nothing was added.',
    );
    await expect(page.getByRole('progressbar')).toHaveCount(0);
    expect(await page.getByLabel('Article text').inputValue()).toHaveLength(long.length);
    expect(await storedState(page)).toBe(before);
  });

  test('several .md and .txt files at once, then export and import the case elsewhere', async ({
    page,
    browser,
  }) => {
    await page.goto('./');
    await page.getByLabel('Published').fill('2024-01-22');
    await page.getByLabel(/Article files/).setInputFiles([
      {
        name: 'doha-round.md',
        mimeType: 'text/markdown',
        buffer: Buffer.from(
          `---\ntitle: Doha round ends\npublished: 2024-01-17\n---\n${ARTICLE}`,
          'utf8',
        ),
      },
      {
        name: 'cairo-follow-up.txt',
        mimeType: 'text/plain',
        buffer: Buffer.from('Egyptian officials said they support a temporary truce.', 'utf8'),
      },
    ]);
    await expect(
      page.getByRole('list', { name: 'Files to add' }).getByRole('listitem'),
    ).toHaveCount(2);
    await page.getByRole('button', { name: 'Extract positions' }).click();
    await expect(workspace(page).getByRole('status')).toContainText('from 2 articles');
    await page.getByRole('button', { name: 'Accept all' }).click();
    await expect(page.getByText('Reviewed records (8)')).toBeVisible();

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export case as Dataset JSON' }).click();
    const file = await (await download).path();
    const zip = page.waitForEvent('download');
    await page.getByRole('button', { name: /Export case folder/ }).click();
    expect((await zip).suggestedFilename()).toBe('gaza-2023-case-folder.zip');

    // Elsewhere: a fresh browser profile imports the file and shows the same case.
    const elsewhere = await browser.newContext();
    const other = await elsewhere.newPage();
    await other.goto('./');
    await other.getByLabel('Import dataset').setInputFiles(file);
    await expect(workspace(other).getByRole('status')).toContainText('Imported');
    const grid = other.getByRole('grid', { name: 'Positions matrix' });
    await expect(
      grid.getByRole('gridcell', { name: /^Egypt — Temporary truce: support/ }),
    ).toHaveCount(1);
    await other.reload();
    await expect(
      grid.getByRole('gridcell', { name: /^Egypt — Temporary truce: support/ }),
    ).toHaveCount(1);
    await elsewhere.close();
  });
});
