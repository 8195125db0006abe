import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, type Page } from '@playwright/test';
import { typeOnKeyboard } from '../person/personSupport';

/** A Chinese field's keyboard opens in 中: Latin text goes in after a tap on 英, symbols behind 123. */
export async function typeLatinOnChineseKeyboard(page: Page, keyboardName: string, text: string): Promise<void> {
  await page.getByRole('group', { name: keyboardName }).getByRole('button', { name: '英', exact: true }).click();
  await typeOnKeyboard(page, keyboardName, text, { shift: '大写', symbols: '123', letters: '英' });
}

/**
 * Types pinyin letter by letter on the keyboard's own keys and taps the candidate with this text,
 * paging forward until it shows.
 */
export async function typePinyin(page: Page, keyboardName: string, letters: string, choose: string): Promise<void> {
  const board = page.getByRole('group', { name: keyboardName });
  for (const letter of letters) await board.getByRole('button', { name: letter, exact: true }).click();
  const candidate = board.getByRole('button', { name: choose, exact: true });
  for (let pages = 0; pages < 10 && !(await candidate.isVisible()); pages++) await board.getByRole('button', { name: '下一页' }).click();
  await expect(candidate).toBeVisible();
  await candidate.click();
}

/** Strokes recorded on a 300×300 square (test/fixtures/ime), the same the unit tests recognise. */
const recorded = JSON.parse(readFileSync(path.join(import.meta.dirname, '../../fixtures/ime/handwritingStrokes.json'), 'utf8')) as {
  width: number;
  height: number;
  characters: Record<string, [number, number][][]>;
};

/** Writes a character on the keyboard's handwriting pad with the mouse, stroke by stroke, and taps it among the candidates. */
export async function writeByHand(page: Page, keyboardName: string, character: string): Promise<void> {
  const board = page.getByRole('group', { name: keyboardName });
  const pad = board.getByRole('img', { name: /手写区/ });
  const box = await pad.boundingBox();
  if (!box) throw new Error('handwriting pad not shown');
  const at = ([x, y]: [number, number]): [number, number] => [box.x + (x / recorded.width) * box.width, box.y + (y / recorded.height) * box.height];
  for (const stroke of recorded.characters[character] ?? []) {
    const [first, ...rest] = stroke.map(at);
    await page.mouse.move(...(first as [number, number]));
    await page.mouse.down();
    for (const point of rest) await page.mouse.move(...point, { steps: 4 });
    await page.mouse.up();
  }
  const candidate = board.getByRole('group', { name: '候选词' }).getByRole('button', { name: character, exact: true });
  await expect(candidate).toBeVisible({ timeout: 15_000 });
  await candidate.click();
}
