import { chromium } from 'playwright-core';
const [path, selector, out, lang] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 })).newPage();
page.on('pageerror', (e) => console.log('pageerror:', e.message));
await page.goto('http://127.0.0.1:4103' + path);
await page.waitForLoadState('networkidle');
await page.locator(selector).first().screenshot({ path: `/tmp/dash-shots/${out}.png` });
await browser.close();
