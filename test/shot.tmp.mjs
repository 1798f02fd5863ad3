import { chromium } from 'playwright-core';
const base = 'http://127.0.0.1:4103';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') console.log('console:', m.text()); });
page.on('pageerror', (e) => console.log('pageerror:', e.message));
for (const [name, path] of process.argv.slice(2).map((a) => [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)])) {
  await page.goto(base + path);
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: `/tmp/dash-shots/${name}.png`, fullPage: true });
  console.log('shot', name);
}
await browser.close();
