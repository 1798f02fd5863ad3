import type { Page } from 'playwright-core';

/** How long a busy machine may take to answer the map's first queries. */
const FIRST_DRAW_MS = 60_000;

/** Opens the map and waits until the partnerships are counted and drawn. */
export async function openMap(page: Page, url: string): Promise<void> {
  const errors: string[] = [];
  const onError = (error: Error) => errors.push(error.message);
  page.on('pageerror', onError);
  try {
    await page.goto(url);
    await page.getByTestId('map-count').waitFor({ timeout: FIRST_DRAW_MS });
    await page.locator('.leaflet-marker-pane .dsv-marker').first().waitFor({ timeout: FIRST_DRAW_MS });
  } catch (error) {
    // Say what the page showed instead of the map, and what it threw.
    const shown = (await page.locator('body').innerText()).slice(0, 400);
    throw new Error(`the map at ${url} did not draw: ${String(error)}\npage errors: ${errors.join(' | ')}\npage text: ${shown}`);
  } finally {
    page.off('pageerror', onError);
  }
}

/** The number in "453 samenwerkingsverbanden op de kaart" (Dutch thousands separator removed). */
export async function statusCount(page: Page): Promise<number> {
  const text = (await page.getByTestId('map-count').textContent({ timeout: 5000 })) ?? '';
  const match = /^([\d.,]+)/.exec(text.trim());
  if (!match) throw new Error(`no count in "${text}"`);
  return Number(match[1]!.replace(/[.,]/g, ''));
}

/** Partnerships the markers stand for: each badge's exact count plus each single point. */
export function clusterTotal(page: Page): Promise<number> {
  return page
    .locator('.leaflet-marker-pane .dsv-marker')
    .evaluateAll((els) => els.reduce((sum, el) => sum + Number(el.getAttribute('data-count')), 0));
}

/** Centre and zoom as the map itself has them (not as the URL says). */
export function mapState(page: Page): Promise<{ lat: string; lon: string; zoom: string }> {
  return page.locator('.leaflet-container').evaluate((el) => ({
    lat: el.getAttribute('data-lat') ?? '',
    lon: el.getAttribute('data-lon') ?? '',
    zoom: el.getAttribute('data-zoom') ?? '',
  }));
}

/** The summary that opens one filter group of the FilterBar ("Netwerk", "Thema", …). */
export function filterGroup(page: Page, name: string) {
  return page.locator('summary.dsv-filter-group__summary', { hasText: new RegExp(`^${name}`) });
}
