// Renders icon.svg into the PNG and ICO electron-builder needs, with the system Chromium:
//   node resources/build/renderIcons.mjs   (KIOSK_CHROMIUM for another Chromium than /usr/bin/chromium)
// The outputs are committed, so packaging does not depend on this script.
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';

const here = new URL('.', import.meta.url);
const svg = readFileSync(new URL('icon.svg', here), 'utf8');
const browser = await chromium.launch({ executablePath: process.env.KIOSK_CHROMIUM ?? '/usr/bin/chromium' });
const render = async (size) => {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
  await page.setContent(`<body style="margin:0"><img src="${src}" width="${size}" height="${size}" style="display:block"></body>`);
  const png = await page.screenshot({ omitBackground: true, type: 'png' });
  await page.close();
  return png;
};
writeFileSync(new URL('icon.png', here), await render(512));
// ICO with PNG-compressed entries (Windows Vista and later): header, directory, then the images.
const sizes = [16, 24, 32, 48, 64, 128, 256];
const images = [];
for (const size of sizes) images.push(await render(size));
await browser.close();
const header = Buffer.alloc(6);
header.writeUInt16LE(0, 0);
header.writeUInt16LE(1, 2);
header.writeUInt16LE(sizes.length, 4);
let offset = 6 + 16 * sizes.length;
const entries = sizes.map((size, i) => {
  const entry = Buffer.alloc(16);
  entry.writeUInt8(size >= 256 ? 0 : size, 0);
  entry.writeUInt8(size >= 256 ? 0 : size, 1);
  entry.writeUInt16LE(1, 4); // colour planes
  entry.writeUInt16LE(32, 6); // bits per pixel
  entry.writeUInt32LE(images[i].length, 8);
  entry.writeUInt32LE(offset, 12);
  offset += images[i].length;
  return entry;
});
writeFileSync(new URL('icon.ico', here), Buffer.concat([header, ...entries, ...images]));
console.log('wrote icon.png (512) and icon.ico (' + sizes.join(', ') + ')');
