import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import {
  expectNoSeriousAxeFindings,
  SCREENSHOTS,
  watchErrors,
  storedState,
} from './page-checks.ts';

// Coding a span of an article by hand: in the evidence panel's article text and in the review
// queue, with the mouse and with the keyboard, and what bad input does (nothing).

const ISRAEL_WORDS = 'Israel has been adamant about wiping out Hamas';
const MEETING_WORDS = 'Haniyeh will meet with key mediators';

const matrix = (page: Page) => page.getByRole('grid', { name: 'Positions matrix' });
const evidence = (page: Page) => page.getByRole('region', { name: 'Evidence' });
const articleText = (page: Page) => evidence(page).getByRole('region', { name: /^Text of / });
const codeButton = (page: Page) =>
  evidence(page).getByRole('button', { name: 'Code selection', exact: true });
const form = (page: Page) => page.getByRole('form', { name: 'Code selection' });

/** Opens the evidence of the seed's Hamas hostage-release cell, whose article text it shows. */
async function openArticle(page: Page) {
  await page.goto('./');
  await matrix(page)
    .getByRole('gridcell', { name: /^Hamas — Release of captives held in Gaza: conditional/ })
    .click();
  await expect(articleText(page)).toBeVisible();
  await expect(codeButton(page)).toBeVisible();
}

/** Drags the mouse over the words `quote` of a source text, as a person selects them. */
async function dragSelect(page: Page, text: Locator, quote: string) {
  // A press inside an earlier selection would drag that text instead of selecting anew.
  await page.evaluate(() => document.getSelection()?.removeAllRanges());
  const box = await text.evaluate(async (el, words) => {
    const full = el.textContent ?? '';
    const at = full.indexOf(words);
    if (at < 0) throw new Error(`"${words}" is not in the text`);
    // The text node and offset of a character of the whole text.
    const locate = (offset: number) => {
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      let seen = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const length = node.textContent?.length ?? 0;
        if (offset < seen + length) return { node, offset: offset - seen };
        seen += length;
      }
      throw new Error('offset past the text');
    };
    const rectOf = (offset: number) => {
      const { node, offset: inNode } = locate(offset);
      const range = document.createRange();
      range.setStart(node, inNode);
      range.setEnd(node, inNode + 1);
      return range.getBoundingClientRect();
    };
    // Brings the first character into view inside every box that scrolls, then the page; twice,
    // a frame apart, as panels painted only near the screen (content-visibility) change size.
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    for (let pass = 0; pass < 2; pass++) {
      let rect = rectOf(at);
      for (let box: HTMLElement | null = el as HTMLElement; box; box = box.parentElement) {
        const overflow = getComputedStyle(box).overflowY;
        if (/auto|scroll/.test(overflow) && box.scrollHeight > box.clientHeight) {
          box.scrollTop += rect.top - box.getBoundingClientRect().top - box.clientHeight / 3;
          rect = rectOf(at);
        }
      }
      window.scrollBy(0, rect.top - window.innerHeight / 3);
      await frame();
      await frame();
    }
    const first = rectOf(at);
    const last = rectOf(at + words.length - 1);
    return {
      x0: first.left + 1,
      y0: first.top + first.height / 2,
      x1: last.right - 1,
      y1: last.top + last.height / 2,
    };
  }, quote);
  await page.mouse.move(box.x0, box.y0);
  await page.mouse.down();
  await page.mouse.move(box.x1, box.y1, { steps: 8 });
  await page.mouse.up();
  expect(await page.evaluate(() => document.getSelection()?.toString())).toBe(quote);
}

/** Selects characters of a page's text with a Range, from one element's text to another's. */
async function selectAcross(
  page: Page,
  from: Locator,
  fromWords: string,
  to: Locator,
  toWords: string,
) {
  const start = await from.elementHandle();
  const end = await to.elementHandle();
  await page.evaluate(
    ([a, aWords, b, bWords]) => {
      const textNodeWith = (root: Node, words: string) => {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const at = node.textContent?.indexOf(words) ?? -1;
          if (at >= 0) return { node, at };
        }
        throw new Error(`"${words}" not found`);
      };
      const s = textNodeWith(a as Node, aWords as string);
      const e = textNodeWith(b as Node, bWords as string);
      const range = document.createRange();
      range.setStart(s.node, s.at);
      range.setEnd(e.node, e.at + (bWords as string).length);
      document.getSelection()?.removeAllRanges();
      document.getSelection()?.addRange(range);
    },
    [start, fromWords, end, toWords] as const,
  );
}

/** The files of a stored (uncompressed) zip, as the case-folder export writes it. */
function readZip(bytes: Buffer): Map<string, string> {
  const files = new Map<string, string>();
  let at = 0;
  while (bytes.readUInt32LE(at) === 0x04034b50) {
    const size = bytes.readUInt32LE(at + 18);
    const nameLength = bytes.readUInt16LE(at + 26);
    const extraLength = bytes.readUInt16LE(at + 28);
    const name = bytes.toString('utf8', at + 30, at + 30 + nameLength);
    const dataStart = at + 30 + nameLength + extraLength;
    files.set(name, bytes.toString('utf8', dataStart, dataStart + size));
    at = dataStart + size;
  }
  return files;
}

function reviewCard(page: Page, text: RegExp) {
  return page
    .getByRole('region', { name: 'Your work' })
    .getByRole('listitem')
    .filter({ hasText: text });
}

test.describe('code a selection by hand', () => {
  test('mouse: select words → Code selection → position → Add to review → Accept → the matrix, a reload and curated.yaml keep it', async ({
    page,
  }) => {
    const errors = await watchErrors(page);
    await openArticle(page);
    await expect(codeButton(page)).toHaveAttribute('aria-disabled', 'true');
    await dragSelect(page, articleText(page), ISRAEL_WORDS);
    await expect(codeButton(page)).toHaveAttribute('aria-disabled', 'false');
    await codeButton(page).click();

    const coding = form(page);
    await expect(coding.locator('blockquote')).toHaveText(ISRAEL_WORDS);
    await expect(coding.getByRole('radio', { name: 'Position' })).toBeFocused();
    await expect(coding.getByLabel('Date', { exact: true })).toHaveValue('2023-12-20');
    await coding.getByLabel('Party', { exact: true }).selectOption({ label: 'Israel' });
    await coding
      .getByLabel('Issue', { exact: true })
      .selectOption({ label: 'Permanent ceasefire' });
    await coding.getByLabel('Stance', { exact: true }).selectOption('oppose');
    await coding.getByRole('button', { name: 'Add to review' }).click();
    await expect(evidence(page).getByRole('status')).toContainText(
      'Added to the review queue, coded by hand: Israel — Permanent ceasefire: oppose (2023-12-20)',
    );
    await expect(form(page)).toHaveCount(0);
    await expect(codeButton(page)).toBeFocused();

    // Saved before it is shown: the store holds it as a pending curated item.
    const stored = await storedState(page);
    expect(stored).toContain('"origin":"curated"');
    expect(stored).toContain(`"quote":"${ISRAEL_WORDS}"`);
    const card = reviewCard(page, /coded by hand/);
    await expect(card).toContainText('Israel — Permanent ceasefire: oppose');
    await expect(card.locator('mark')).toHaveText(ISRAEL_WORDS);
    const cell = matrix(page).getByRole('gridcell', {
      name: /^Israel — Permanent ceasefire: oppose/,
    });
    await expect(cell).toHaveCount(0);
    await card.getByRole('button', { name: 'Accept' }).click();

    const expectCoded = async () => {
      await expect(cell).toHaveCount(1);
      await cell.click();
      await expect(evidence(page).locator('.evidence-record__quote')).toHaveText(ISRAEL_WORDS);
      await expect(articleText(page).locator('mark')).toHaveText(ISRAEL_WORDS);
      await expect(evidence(page).getByText('Curated by a person')).toBeVisible();
    };
    await expectCoded();
    await page.reload();
    await expectCoded();

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: /Export case folder/ }).click();
    const zip = readZip(readFileSync(await (await download).path()));
    const curated = zip.get('gaza-2023/curated.yaml') ?? '';
    expect(curated).toContain('# Curated layer of the Gaza 2023 case');
    expect(curated).toMatch(
      /positions:\n {2}- id: hand-position-haniyeh-in-cairo-2023-12-20-\d+-\d+/,
    );
    expect(curated).toContain(`quote: ${ISRAEL_WORDS}`);
    expect(curated).toContain('stance: oppose');
    expect(errors).toEqual([]);
  });

  test('keyboard: select a sentence, adjust it with Shift+arrows, code a meeting, accept it', async ({
    page,
  }) => {
    await openArticle(page);
    await evidence(page).getByRole('button', { name: 'Select next sentence' }).focus();
    await page.keyboard.press('Enter');
    // The highlighted quote's sentence is selected first; the next press, the one after it.
    const selected = () => page.evaluate(() => document.getSelection()?.toString() ?? '');
    expect(await selected()).toBe(
      'Hamas is holding firm in its stance that it will not release any more captives until the Israeli attacks cease.',
    );
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    expect(await selected()).toMatch(/^These discussions present an opportunity/);

    // Shift+arrows in the focused text: start at the highlighted quote, extend by words.
    await articleText(page).focus();
    await page.evaluate(() => document.getSelection()?.removeAllRanges());
    await page.keyboard.press('Shift+ArrowRight');
    expect(await selected()).toBe('H');
    for (let i = 0; i < 4; i++) await page.keyboard.press('Control+Shift+ArrowRight');
    expect(await selected()).toBe('Hamas is holding firm');
    for (let i = 0; i < 5; i++) await page.keyboard.press('Shift+ArrowLeft');
    expect(await selected()).toBe('Hamas is holding');

    // Now a meeting, chosen from the first sentences by keyboard alone.
    await page.evaluate(() => document.getSelection()?.removeAllRanges());
    await evidence(page).getByRole('button', { name: 'Select previous sentence' }).focus();
    await page.keyboard.press('Enter');
    // From the highlighted quote's sentence (the seventh), five back.
    for (let i = 0; i < 5; i++) await page.keyboard.press('Enter');
    expect(await selected()).toBe(
      'Haniyeh will meet with key mediators, including Cairo’s spy chief and other Egyptian officials.',
    );
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(codeButton(page)).toBeFocused();
    await page.keyboard.press('Enter');
    const coding = form(page);
    await expect(coding.getByRole('radio', { name: 'Position' })).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(coding.getByRole('radio', { name: 'Meeting' })).toBeChecked();
    await page.keyboard.press('Tab');
    const mediators = coding.getByRole('group', { name: 'Mediators' });
    await expect(mediators.getByRole('checkbox', { name: 'Egypt' })).toBeFocused();
    await page.keyboard.press('Space');
    await coding.getByRole('checkbox', { name: 'Ismail Haniyeh (Hamas)' }).focus();
    await page.keyboard.press('Space');
    await coding.getByLabel('Precision', { exact: true }).focus();
    await page.keyboard.press('ArrowDown');
    await expect(coding.getByLabel('Precision', { exact: true })).toHaveValue('month');
    await coding.getByLabel('Date', { exact: true }).focus();
    await page.keyboard.type('12012023');
    await expect(coding.getByLabel('Date', { exact: true })).toHaveValue('2023-12-01');
    await coding.getByLabel('Place (optional)', { exact: true }).focus();
    await page.keyboard.type('Cairo');
    await page.keyboard.press('Enter');
    await expect(evidence(page).getByRole('status')).toContainText(
      'coded by hand: a meeting (month) 2023-12-01 in Cairo with Egypt',
    );

    const card = reviewCard(page, /^Meeting · coded by hand/);
    const inCairo = page
      .getByRole('region', { name: 'Mediator meetings timeline' })
      .getByRole('button', { name: /Cairo/ });
    const before = await inCairo.count();
    await card.getByRole('button', { name: 'Accept' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByText('Reviewed records (1)')).toBeVisible();
    await expect(inCairo).toHaveCount(before + 1);
  });

  test('in the review queue: words of a card’s excerpt are coded like the article’s', async ({
    page,
  }) => {
    await page.goto('./');
    await page.getByLabel('Title').fill('Doha round');
    await page.getByLabel('Published').fill('2024-01-17');
    await page
      .getByLabel('Article text')
      .fill(
        'Qatari mediators hosted a new round of talks in Doha on Tuesday. Egyptian officials said they support a temporary truce that would let more humanitarian aid into the Strip.',
      );
    await page.getByRole('button', { name: 'Extract positions' }).click();
    const queue = page.getByRole('region', { name: 'Review extracted records' });
    await expect(queue.getByRole('listitem').first()).toBeVisible();
    const excerpt = queue.getByRole('blockquote').first();
    // The bar loads on its own and lands above the cards: measure the words once it is there.
    await expect(queue.getByRole('button', { name: 'Code selection', exact: true })).toBeVisible();
    await dragSelect(page, excerpt, 'let more humanitarian aid into the Strip');
    await queue.getByRole('button', { name: 'Code selection', exact: true }).click();
    const coding = form(page);
    await expect(coding.locator('blockquote')).toHaveText(
      'let more humanitarian aid into the Strip',
    );
    await coding.getByLabel('Party', { exact: true }).selectOption({ label: 'Egypt' });
    await coding.getByLabel('Issue', { exact: true }).selectOption({ label: 'Humanitarian aid' });
    await coding.getByLabel('Stance', { exact: true }).selectOption('support');
    await coding.getByRole('button', { name: 'Add to review' }).click();
    await expect(queue.getByRole('status').last()).toContainText(
      'Egypt — Humanitarian aid: support (2024-01-17)',
    );
    await expect(reviewCard(page, /coded by hand.*Egypt — Humanitarian aid/)).toHaveCount(1);
  });

  test('bad input says what is wrong and changes nothing stored', async ({ page }) => {
    await openArticle(page);
    // Some saved work first, so there is something to keep.
    await dragSelect(page, articleText(page), ISRAEL_WORDS);
    await codeButton(page).click();
    await form(page).getByLabel('Party', { exact: true }).selectOption({ label: 'Israel' });
    await form(page)
      .getByLabel('Issue', { exact: true })
      .selectOption({ label: 'Permanent ceasefire' });
    await form(page).getByLabel('Stance', { exact: true }).selectOption('oppose');
    await form(page).getByRole('button', { name: 'Add to review' }).click();
    await expect(evidence(page).getByRole('status')).toContainText('Added');
    const before = await storedState(page);
    const alert = evidence(page).getByRole('alert');

    // Nothing selected: the button says so rather than nothing happening.
    await page.evaluate(() => document.getSelection()?.removeAllRanges());
    await codeButton(page).focus();
    await page.keyboard.press('Enter');
    await expect(alert).toHaveText('Select some text of the article first.');

    // Only the blank line between two paragraphs.
    await page.evaluate(() => {
      const body = document.querySelector('[data-source-text]');
      const walker = document.createTreeWalker(body as Node, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent?.indexOf('\n\n') ?? -1;
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + 2);
        document.getSelection()?.removeAllRanges();
        document.getSelection()?.addRange(range);
        return;
      }
    });
    await codeButton(page).click();
    await expect(alert).toHaveText('Select some text of the article first.');

    // From the article text into the record's quote above it, which is not article text.
    await selectAcross(
      page,
      evidence(page).locator('.evidence-record__quote').first(),
      'will not',
      articleText(page),
      'Hamas is holding',
    );
    await codeButton(page).click();
    await expect(alert).toContainText('The selection goes beyond the article text');

    // From the seed article into a review card's excerpt of the user's own article.
    await page.getByLabel('Title').fill('Doha round');
    await page.getByLabel('Published').fill('2024-01-17');
    await page
      .getByLabel('Article text')
      .fill('Egyptian officials said they support a temporary truce.');
    await page.getByRole('button', { name: 'Extract positions' }).click();
    const userCard = reviewCard(page, /Egypt — Temporary truce/);
    await expect(userCard).toHaveCount(1);
    const withArticle = await storedState(page);
    await selectAcross(page, articleText(page), 'Hamas', userCard.getByRole('blockquote'), 'truce');
    await codeButton(page).click();
    await expect(alert).toContainText(
      'The selection spans two sources (“Hamas political chief Haniyeh in Cairo',
    );
    expect(await storedState(page)).toBe(withArticle);
    expect(withArticle).not.toBe(before);

    // The form: no party, no issue, and a party the case does not know.
    await dragSelect(page, articleText(page), MEETING_WORDS);
    await codeButton(page).click();
    const coding = form(page);
    const problem = coding.getByRole('alert');
    await coding.getByRole('button', { name: 'Add to review' }).click();
    await expect(problem).toContainText('Party: choose who holds the position');
    await expect(coding.getByLabel('Party', { exact: true })).toBeFocused();
    await expect(coding.getByLabel('Party', { exact: true })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    await coding.getByLabel('Party', { exact: true }).selectOption({ label: 'Hamas' });
    await coding.getByRole('button', { name: 'Add to review' }).click();
    await expect(problem).toContainText('Issue: choose the issue');
    await coding.getByLabel('Issue', { exact: true }).selectOption({ label: 'Temporary truce' });
    await coding.getByLabel('Stance', { exact: true }).selectOption('open');
    // A tampered control: an actor id the case does not have.
    await coding.getByLabel('Party', { exact: true }).evaluate((select) => {
      const ghost = document.createElement('option');
      ghost.value = 'ghost';
      ghost.textContent = 'Ghost';
      select.append(ghost);
    });
    await coding.getByLabel('Party', { exact: true }).selectOption('ghost');
    await coding.getByRole('button', { name: 'Add to review' }).click();
    await expect(problem).toHaveText('Party: unknown actor id "ghost". Nothing was added.');
    await coding.getByRole('radio', { name: 'Meeting' }).check();
    await coding.getByRole('button', { name: 'Add to review' }).click();
    await expect(problem).toContainText('Mediators: tick at least one');
    expect(await storedState(page)).toBe(withArticle);
  });

  test('axe finds nothing serious with the form open, light and dark, 375 and 1440 px wide', async ({
    page,
  }) => {
    // Six full-page axe runs: minutes on a busy two-core machine.
    test.setTimeout(300_000);
    await page.setViewportSize({ width: 1440, height: 1000 });
    await openArticle(page);
    await dragSelect(page, articleText(page), ISRAEL_WORDS);
    await codeButton(page).click();
    await form(page).getByRole('button', { name: 'Add to review' }).click();
    await expect(form(page).getByRole('alert')).toBeVisible();
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      for (const width of [1440, 375]) {
        await page.setViewportSize({ width, height: 1000 });
        await expect(form(page)).toBeVisible();
        const scroll = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(scroll, `${colorScheme} ${width}px: the page scrolls sideways`).toBe(0);
        await expectNoSeriousAxeFindings(page, `${colorScheme}, ${width} px, position form`);
      }
    }
    await form(page).getByRole('radio', { name: 'Meeting' }).check();
    await expectNoSeriousAxeFindings(page, 'dark, 375 px, meeting form');
    await page.emulateMedia({ colorScheme: 'light' });
    await page.setViewportSize({ width: 1440, height: 1000 });
    await form(page).getByRole('radio', { name: 'Position' }).check();
    await form(page).getByLabel('Party', { exact: true }).selectOption({ label: 'Israel' });
    await expectNoSeriousAxeFindings(page, 'light, 1440 px, position form');
    await form(page)
      .getByLabel('Issue', { exact: true })
      .selectOption({ label: 'Permanent ceasefire' });
    await form(page).getByLabel('Stance', { exact: true }).selectOption('oppose');
    // The picture for docs/code-selection.md (copied to docs/code-selection.png): the bar, the form
    // and the selected words. Written under test-results so a test run leaves the tree as it was.
    await page.setViewportSize({ width: 1440, height: 1500 });
    await evidence(page)
      .locator('.code-selection-bar')
      .evaluate((bar) => bar.scrollIntoView());
    await evidence(page).screenshot({ path: `${SCREENSHOTS}/code-selection.png` });
  });
});
