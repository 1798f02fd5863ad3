import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type Page, type Request } from 'playwright-core';

export const artifactsDir = join(import.meta.dirname, '..', 'artifacts');

/**
 * Debian's Chromium, headless, with no network of its own (never a
 * downloaded browser), in a fresh profile Playwright makes per launch.
 * CHROMIUM_PATH overrides the path.
 */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** WCAG 2.1 A and AA violations on the page, as "rule: target" lines (empty when clean). */
export async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

/** Saves a screenshot under test/artifacts/ for people to look at. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(artifactsDir, { recursive: true });
  await page.screenshot({ path: join(artifactsDir, `${name}.png`), fullPage: true });
}

/**
 * The GraphQL operation a page sent: a query as a GET (query string) or an
 * operation as a POST (JSON body); undefined for a request elsewhere.
 */
export function graphqlOperation(request: Request): { query: string; variables: Record<string, unknown> | undefined } | undefined {
  const url = new URL(request.url());
  if (url.pathname !== '/graphql') return undefined;
  if (request.method() === 'GET') {
    const variables = url.searchParams.get('variables');
    return {
      query: url.searchParams.get('query') ?? '',
      variables: variables ? (JSON.parse(variables) as Record<string, unknown>) : undefined,
    };
  }
  const body = (request.postDataJSON() ?? {}) as { query?: string; variables?: Record<string, unknown> };
  return { query: body.query ?? '', variables: body.variables };
}
