/**
 * The layout probe: on the screen shown now, in each language and text size asked for, every control
 * a citizen may need (buttons, fields, keyboard keys, tabs, tick boxes) must be wholly on screen and
 * the topmost thing at its centre and corners, or else reachable by scrolling a scroller that shows
 * a scroll cue (an element marked `data-scroll-cue` beside it). What fails becomes a row of a table
 * that the walk prints and asserts empty at its end.
 */
import { expect, test, type Page } from '@playwright/test';

export type Locale = 'zh-CN' | 'en' | 'ug' | 'bo';
export interface Variant {
  locale: Locale;
  large: boolean;
}
export interface Failure {
  screen: string;
  variant: string;
  control: string;
  problem: string;
}

/** Every language with both text sizes: `KIOSK_LAYOUT_FULL=1`. CI walks a subset that takes a few minutes. */
export const fullMatrix = process.env.KIOSK_LAYOUT_FULL === '1';

export const variantName = (v: Variant) => `${v.locale} ${v.large ? 'larger' : 'normal'}`;

/** The failures of one walk, and how many screen/variant pairs were probed. */
export class LayoutTable {
  readonly failures: Failure[] = [];
  readonly probed = new Set<string>();
  readonly screens = new Set<string>();

  /** One line per failing screen and variant, then the controls; printed and attached to the test. */
  render(): string {
    const lines = [`layout probe: ${this.screens.size} screens, ${this.probed.size} screen × variant pairs, ${this.failures.length} failing controls`];
    const byScreen = new Map<string, Failure[]>();
    for (const f of this.failures) byScreen.set(`${f.screen} | ${f.variant}`, [...(byScreen.get(`${f.screen} | ${f.variant}`) ?? []), f]);
    for (const [key, rows] of byScreen) {
      lines.push(`FAIL ${key} | ${rows.length} controls: ${rows.map((r) => `${r.control} (${r.problem})`).join('; ')}`);
    }
    return lines.join('\n');
  }

  finish(): void {
    const text = this.render();
    console.log(text);
    test.info().annotations.push({ type: 'layout probe', description: text });
    expect(this.failures.map((f) => `${f.screen} | ${f.variant} | ${f.control} | ${f.problem}`)).toEqual([]);
  }
}

async function setVariant(page: Page, variant: Variant): Promise<void> {
  const header = page.getByRole('banner');
  await header.locator(`button[lang="${variant.locale}"]`).click();
  await expect(page.locator('html')).toHaveAttribute('lang', variant.locale);
  const toggle = header.locator('button.text-size');
  if ((await toggle.getAttribute('aria-pressed')) !== String(variant.large)) await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', String(variant.large));
  await page.evaluate(async () => {
    await document.fonts.ready;
    // Two frames: the new language and size are laid out, and size observers have run.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  });
}

/** The failing controls of the screen as it is drawn now (run in the page). */
function inspect(): { control: string; problem: string }[] {
  const slack = 1;
  const describe = (el: Element) => {
    const text = (el.getAttribute('aria-label') || el.textContent || (el as HTMLInputElement).labels?.[0]?.textContent || el.getAttribute('name') || '')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 24);
    const cls = [...el.classList]
      .filter((c) => !c.startsWith('data-v'))
      .slice(0, 2)
      .map((c) => `.${c}`)
      .join('');
    return `${el.tagName.toLowerCase()}${cls} "${text}"`;
  };
  const shown = (el: Element) => {
    const box = el.getBoundingClientRect();
    return (
      box.width > 0 && box.height > 0 && el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true }) && !el.closest('[inert], [aria-hidden="true"]')
    );
  };
  // A modal dialog makes the page behind it inert: then only its controls count.
  const dialogs = [...document.querySelectorAll('[role="dialog"], [role="alertdialog"], dialog[open]')].filter(shown);
  const root = dialogs.at(-1) ?? document.body;
  const controls = [
    ...root.querySelectorAll(
      'button, input:not([type="hidden"]), select, textarea, a[href], [role="button"], [role="tab"], [role="radio"], [role="checkbox"], [role="option"]',
    ),
  ].filter(shown);
  // A tick box drawn by its label: the label is what a citizen touches.
  const touched = controls.map((el) => {
    const box = el.getBoundingClientRect();
    const tiny = box.width < 8 || box.height < 8 || getComputedStyle(el).opacity === '0';
    return tiny && el instanceof HTMLInputElement && el.labels?.[0] ? el.labels[0] : el;
  });
  const scrollable = (el: Element) => {
    const style = getComputedStyle(el);
    return (
      (/(auto|scroll)/.test(style.overflowY) && el.scrollHeight > el.clientHeight + slack) ||
      (/(auto|scroll)/.test(style.overflowX) && el.scrollWidth > el.clientWidth + slack)
    );
  };
  const within = (box: DOMRect, clip: { top: number; bottom: number; left: number; right: number }) =>
    box.top >= clip.top - slack && box.bottom <= clip.bottom + slack && box.left >= clip.left - slack && box.right <= clip.right + slack;
  /** What covers the control at its centre and near its corners, if anything. */
  const coveredBy = (el: Element): Element | undefined => {
    const box = el.getBoundingClientRect();
    for (const [fx, fy] of [
      [0.5, 0.5],
      [0.15, 0.2],
      [0.85, 0.2],
      [0.15, 0.8],
      [0.85, 0.8],
    ] as const) {
      const hit = document.elementFromPoint(box.left + box.width * fx, box.top + box.height * fy);
      if (!hit) return document.documentElement;
      if (hit === el || el.contains(hit) || hit.contains(el)) continue;
      // An input's own decorations (a reveal button inside its field) belong to it.
      if (el instanceof HTMLInputElement && hit.closest('label, .field') === el.closest('label, .field') && el.closest('label, .field')) continue;
      return hit;
    }
    return undefined;
  };
  /** The first reason the control is not wholly visible and touchable where it is now. */
  const problemAt = (el: Element): string | undefined => {
    const box = el.getBoundingClientRect();
    if (!within(box, { top: 0, left: 0, bottom: innerHeight, right: innerWidth })) {
      return box.top >= innerHeight || box.left >= innerWidth || box.bottom <= 0 || box.right <= 0 ? 'off screen' : 'cut by the screen edge';
    }
    for (let up = el.parentElement; up && up !== document.documentElement; up = up.parentElement) {
      const style = getComputedStyle(up);
      if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
      if (!within(box, up.getBoundingClientRect())) return `clipped by ${describe(up).split(' ')[0]}`;
    }
    const cover = coveredBy(el);
    return cover ? `covered by ${describe(cover).split(' ')[0]}` : undefined;
  };
  const scrollerOf = (el: Element) => {
    for (let up = el.parentElement; up; up = up.parentElement) if (scrollable(up)) return up;
    return undefined;
  };
  /** A cue shown beside the scroller (a sibling of it or of an ancestor within its parent) says there is more. */
  const cued = (scroller: Element) => {
    const around = scroller === document.documentElement ? document.body : (scroller.parentElement ?? document.body);
    // A cue may take no room itself (sticky at the scroller's edge) and draw its pill as a child.
    const drawn = (cue: Element) => [cue, ...cue.querySelectorAll('*')].some(shown);
    return [...around.querySelectorAll('[data-scroll-cue]')].some(drawn);
  };

  const saved = [...document.querySelectorAll('*')].filter((el) => el.scrollTop || el.scrollLeft).map((el) => [el, el.scrollTop, el.scrollLeft] as const);
  const failures: { control: string; problem: string }[] = [];
  for (const el of new Set(touched)) {
    const problem = problemAt(el);
    if (!problem) continue;
    const scroller = scrollerOf(el);
    if (!scroller) {
      failures.push({ control: describe(el), problem });
      continue;
    }
    if (!cued(scroller)) {
      failures.push({ control: describe(el), problem: `${problem}, scrolls with no cue` });
      continue;
    }
    el.scrollIntoView({ block: 'center', inline: 'center' });
    const after = problemAt(el);
    if (after) failures.push({ control: describe(el), problem: `${after} even when scrolled to` });
    for (const [s, top, left] of saved) s.scrollTo(left, top);
    for (const s of document.querySelectorAll('*')) if (!saved.some(([kept]) => kept === s) && (s.scrollTop || s.scrollLeft)) s.scrollTo(0, 0);
  }
  if (document.documentElement.scrollWidth > innerWidth + slack)
    failures.push({ control: 'page', problem: `scrolls sideways by ${document.documentElement.scrollWidth - innerWidth} px` });
  return failures;
}

/**
 * Probes the screen shown now in each variant, then goes back to zh-CN (the language the walks'
 * own selectors are written in) with normal text. A modal dialog (the page behind it is inert) is
 * opened after each language and size is set, and closed again.
 */
export async function probeScreen(
  page: Page,
  table: LayoutTable,
  screen: string,
  variants: readonly Variant[],
  modal?: { open(): Promise<void>; close(): Promise<void> },
): Promise<void> {
  table.screens.add(screen);
  for (const variant of variants) {
    await setVariant(page, variant);
    await modal?.open();
    table.probed.add(`${screen} ${variantName(variant)}`);
    for (const failure of await page.evaluate(inspect)) table.failures.push({ screen, variant: variantName(variant), ...failure });
    await modal?.close();
  }
  await setVariant(page, { locale: 'zh-CN', large: false });
}
