import { chromium } from 'playwright-core';
const base = process.env.BASE ?? 'http://127.0.0.1:4102';
const paths = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
page.on('console', (m) => console.log('console:', m.type(), m.text()));
page.on('pageerror', (e) => console.log('pageerror:', e.message));
for (const [i, path] of paths.entries()) {
  const t = Date.now();
  await page.goto(base + path);
  try { await page.waitForSelector('figure[data-layout="done"]', { timeout: 60000 }); } catch (e) { console.log('no layout done', e.message); }
  const fig = await page.$('figure');
  console.log(path, 'ms', Date.now() - t, fig && await fig.evaluate((f) => [f.dataset.nodes, f.dataset.edges, f.dataset.layout]), await page.textContent('figcaption').catch(() => null));
  const main = await page.$('.dsv-network__main'); if (main) await main.screenshot({ path: `/tmp/netshots/${i}-main.png` });
  await page.screenshot({ path: `/tmp/netshots/${i}.png`, fullPage: true });
}
await browser.close();
