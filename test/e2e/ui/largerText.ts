/**
 * Larger-text checks for one screen of a flow: what a citizen reads and touches is measured with
 * normal text, again with the larger-text toggle on, and compared; then the toggle goes off again
 * so the walk goes on as a citizen with normal text would.
 */
import { expect, test, type Page } from '@playwright/test';

/** What is measured: the flow's title, the step's headings, field labels, field text, buttons. */
export type Kind = 'title' | 'heading' | 'label' | 'field' | 'button';

/** One piece of text drawn inside a measured element (the element itself or a descendant). */
interface TextPart {
  /** A short CSS path of the element that owns the text, to say where a size comes from. */
  where: string;
  fontSize: number;
}

interface Measured {
  kind: Kind;
  text: string;
  parts: TextPart[];
  /** Text or value cut off by its own box (buttons and inputs only). */
  clipped: boolean;
}

/** Smallest growth per kind over every screen checked so far in this worker. */
export const minGrowth = new Map<Kind, { ratio: number; where: string }>();
/** Controls that were reachable only by scrolling the step's body (allowed, but worth knowing). */
export const scrolledTo: string[] = [];

/** The larger-text toggle in the header, by its name in the languages the tests use. */
export const textSizeToggle = (page: Page) => page.getByRole('banner').getByRole('button', { name: /大字号|Larger text|خەتنى چوڭايتىش/ });

export async function setLargerText(page: Page, on: boolean): Promise<void> {
  const toggle = textSizeToggle(page);
  if ((await toggle.getAttribute('aria-pressed')) !== String(on)) await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', String(on));
  // Two frames: the new root size is laid out and painted before anything is measured.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/** Every measured element on the current screen, in document order per kind. */
function measure(page: Page): Promise<Measured[]> {
  return page.evaluate(() => {
    const selectors: Record<string, string> = {
      title: '#wizard-title',
      heading: '.wizard .body h2, .wizard .body h3, .wizard .body h4',
      label: '.wizard .body label, .wizard .body legend',
      field: '.wizard .body input:not([type="checkbox"]):not([type="radio"])',
      button: '.wizard button',
    };
    const shown = (el: Element) => {
      const style = getComputedStyle(el);
      const box = el.getBoundingClientRect();
      return style.visibility !== 'hidden' && box.width > 0 && box.height > 0;
    };
    const pathOf = (el: Element) => {
      const names: string[] = [];
      for (let node: Element | null = el; node && names.length < 3 && !node.matches('.wizard > .body'); node = node.parentElement) {
        names.unshift(node.tagName.toLowerCase() + [...node.classList].map((c) => `.${c}`).join(''));
      }
      return names.join(' > ');
    };
    /** The element and each descendant that draws text of its own, with its font size. */
    const partsOf = (el: Element) => {
      const owners = new Set<Element>();
      if (el instanceof HTMLInputElement) owners.add(el);
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.textContent?.trim() && node.parentElement && shown(node.parentElement)) owners.add(node.parentElement);
      }
      return [...owners].map((owner) => ({ where: pathOf(owner), fontSize: parseFloat(getComputedStyle(owner).fontSize) }));
    };
    const out: Measured[] = [];
    for (const [kind, selector] of Object.entries(selectors)) {
      for (const el of document.querySelectorAll(selector)) {
        if (!shown(el)) continue;
        const boxed = el instanceof HTMLButtonElement || el instanceof HTMLInputElement;
        const text = (el instanceof HTMLInputElement ? el.labels?.[0]?.textContent : el.getAttribute('aria-label') || el.textContent) ?? '';
        out.push({
          kind: kind as Kind,
          text: text.replace(/\s+/g, ' ').trim().slice(0, 24),
          parts: partsOf(el),
          clipped: boxed && (el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1),
        });
      }
    }
    return out;
  });
}

interface Placement {
  what: string;
  /** Inside the viewport and every clipping ancestor, and the topmost element at its centre. */
  onScreen: boolean;
  /** The step's body had to scroll to bring it there. */
  scrolled: boolean;
}

/**
 * Where the controls a citizen needs are, with larger text. The wizard's frame (flow title and the
 * Cancel / Back / Next bar) must be on screen as it is: the frame is built not to scroll. What is
 * inside the step's body (the step heading, the fields, the step's own primary buttons) may need
 * the body's own scrolling, as a citizen would swipe it: each is scrolled into view the nearest way,
 * then must lie wholly inside the viewport and inside every scrolling ancestor, and be what a touch
 * at its centre hits (not hidden under a sticky keyboard).
 */
function placements(page: Page): Promise<{ pageOverflowX: number; pageOverflowY: number; items: Placement[] }> {
  return page.evaluate(() => {
    const frame = [...document.querySelectorAll('#wizard-title, .wizard > .actions button')];
    const body = [
      ...document.querySelectorAll(
        '.wizard .body h2, .wizard .body input:not([type="checkbox"]):not([type="radio"]), .wizard .body button.primary, .wizard .body .actions button',
      ),
    ];
    const shown = (el: Element) => getComputedStyle(el).visibility !== 'hidden' && el.getBoundingClientRect().width > 0;
    const describe = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${(el.textContent || (el as HTMLInputElement).labels?.[0]?.textContent || '').trim().slice(0, 20)}"`;
    const scrollers = () => [...document.querySelectorAll('*')].filter((el) => el.scrollTop > 0 || el.scrollLeft > 0);
    const unscroll = () => scrollers().forEach((el) => el.scrollTo(0, 0));
    const inside = (el: Element) => {
      const box = el.getBoundingClientRect();
      // One pixel of slack: a scroll container's client height is rounded, its box is not.
      if (box.left < -1 || box.top < -1 || box.right > innerWidth + 1 || box.bottom > innerHeight + 1) return false;
      for (let up = el.parentElement; up; up = up.parentElement) {
        if (getComputedStyle(up).overflow === 'visible') continue;
        const clip = up.getBoundingClientRect();
        if (box.top < clip.top - 1 || box.bottom > clip.bottom + 1 || box.left < clip.left - 1 || box.right > clip.right + 1) return false;
      }
      const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      return !!hit && (hit === el || el.contains(hit) || hit.contains(el));
    };
    unscroll();
    const items = frame.filter(shown).map((el) => ({ what: `frame ${describe(el)}`, onScreen: inside(el), scrolled: false }));
    for (const el of new Set(body.filter(shown))) {
      const scrolled = !inside(el);
      if (scrolled) el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      items.push({ what: `body ${describe(el)}`, onScreen: inside(el), scrolled });
      unscroll();
    }
    return {
      pageOverflowX: document.documentElement.scrollWidth - innerWidth,
      pageOverflowY: document.documentElement.scrollHeight - innerHeight,
      items,
    };
  });
}

/** The growth a rem-sized text gets from the toggle is 26 / 20 = 1.3; anything under this fails. */
export const MIN_GROWTH = 1.25;

/**
 * Measures the current screen with normal and with larger text (soft assertions, so one walk lists
 * every shortfall), then turns larger text off again. `screen` names the screen in the messages.
 */
export async function checkLargerText(page: Page, screen: string): Promise<void> {
  await expect(page.locator('#wizard-title')).toBeVisible();
  await setLargerText(page, false);
  const normal = await measure(page);
  await setLargerText(page, true);
  const large = await measure(page);
  const placed = await placements(page);
  await setLargerText(page, false);

  // Counters (a resend countdown) may tick between the two measurements: compare without digits.
  const same = (list: Measured[]) => list.map((m) => `${m.kind} ${m.text.replace(/\d+/g, '#')}`);
  expect.soft(same(large), `${screen}: the same elements with larger text`).toEqual(same(normal));
  expect
    .soft(
      normal.some((m) => m.kind === 'title'),
      `${screen}: the flow title is measured`,
    )
    .toBe(true);
  normal.forEach((before, i) => {
    const after = large[i];
    if (!after || after.kind !== before.kind || after.parts.length !== before.parts.length) return;
    before.parts.forEach((part, j) => {
      const ratio = (after.parts[j]?.fontSize ?? 0) / part.fontSize;
      const where = `${screen}: ${before.kind} "${before.text}" (${part.where}, ${part.fontSize}px)`;
      const min = minGrowth.get(before.kind);
      if (!min || ratio < min.ratio) minGrowth.set(before.kind, { ratio, where });
      expect.soft(ratio, `${where} grows`).toBeGreaterThanOrEqual(MIN_GROWTH);
    });
    expect.soft(after.clipped, `${screen}: ${before.kind} "${before.text}" cut off by its box with larger text`).toBe(false);
  });

  expect.soft(placed.pageOverflowX, `${screen}: the page never scrolls sideways`).toBeLessThanOrEqual(0);
  expect.soft(placed.pageOverflowY, `${screen}: the page itself never scrolls`).toBeLessThanOrEqual(0);
  expect.soft(placed.items.length, `${screen}: controls to place`).toBeGreaterThan(0);
  for (const item of placed.items) {
    expect.soft(item.onScreen, `${screen}: ${item.what} on a 1280×800 screen with larger text`).toBe(true);
    if (item.scrolled) scrolledTo.push(`${screen}: ${item.what}`);
  }
}

/** After a walk: the smallest growth per kind and what needed a scroll, in the annotations and the log. */
export function annotateGrowth(): void {
  for (const [kind, { ratio, where }] of minGrowth)
    test.info().annotations.push({ type: `min growth ${kind}`, description: `${ratio.toFixed(3)}× at ${where}` });
  for (const where of scrolledTo) test.info().annotations.push({ type: 'reached by scrolling', description: where });
  for (const { type, description } of test.info().annotations) console.log(`${type}: ${description}`);
  minGrowth.clear();
  scrolledTo.length = 0;
}
