import type { Server } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@dsv/neo4j';
import { addUser, importPath } from '@dsv/seed';
import { axeViolations, launchBrowser, screenshot } from '../helpers/browser.js';
import { resetDb, testDb } from '../helpers/db.js';
import { examplesDir } from '../helpers/files.js';
import { oidcEnv, startOidcProvider } from '../helpers/oidc.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { zipFolder } from '../living/upload.js';

/**
 * Living data in the browser: sign in through a real OpenID Connect provider
 * (started here), edit a partnership and see it on the map, in the network
 * view and in the history; two browsers editing the same partnership; the
 * browser import. Everything reached from the menu, as a person would.
 */
const ISSUER_PORT = Number(process.env.OIDC_E2E_PORT ?? 7734);
const ISSUER = `http://127.0.0.1:${ISSUER_PORT}`;
const PASSWORD = 'een sterk wachtwoord';

let db: Db;
let server: TestServer;
let issuer: Server;
let browser: Browser;

beforeAll(async () => {
  db = testDb();
  await resetDb(db);
  await importPath(db, examplesDir, { replace: true, user: 'test' });
  for (const [email, role] of [
    ['redacteur1@example.nl', 'EDITOR'],
    ['redacteur2@example.nl', 'EDITOR'],
    ['beheerder@example.nl', 'ADMIN'],
  ] as const) {
    await addUser(db, { email, role, password: PASSWORD });
  }
  server = await startTestServer(db, { NODE_ENV: 'production', TILE_URL: 'none', ...oidcEnv(ISSUER) });
  issuer = await startOidcProvider(ISSUER_PORT, `${server.url}/auth/oidc/callback`, () => 'EDITOR');
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await new Promise((done) => issuer?.close(done));
  await server?.close();
  await db?.close();
});

const menu = (page: Page) => page.getByRole('navigation', { name: 'Hoofdnavigatie' });

async function signInWithPassword(page: Page, email: string): Promise<void> {
  await page.goto(`${server.url}/kaart`);
  await page.getByRole('link', { name: 'Inloggen' }).click();
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(PASSWORD);
  await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
  await expect.poll(() => page.locator('.dsv-account__who').textContent()).toContain(email);
}

/** From the menu: "Wijzigingen", then the partnership's record page through the history's link. */
async function openPartnership(page: Page, id: string): Promise<void> {
  await menu(page).getByRole('link', { name: 'Wijzigingen' }).click();
  await page
    .getByRole('link', { name: `Samenwerkingsverband ${id}` })
    .first()
    .click();
  await page.getByRole('button', { name: /^(Bewerken|Wijziging voorstellen)$/ }).waitFor();
}

describe('living data in the browser', () => {
  it('signs in through the OIDC provider, edits a partnership, and sees it on the map, in the network view and in the history', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      await page.goto(`${server.url}/kaart`);
      await page.getByRole('link', { name: 'Inloggen' }).click();
      await page.getByRole('link', { name: 'Inloggen met Testgemeente' }).click();
      // The provider's own pages (oidc-provider's development login and consent).
      await page.locator('input[name="login"]').fill('anna');
      await page.locator('input[name="password"]').fill('wat-dan-ook');
      await page.locator('button[type="submit"]').click();
      await page.locator('button[type="submit"]').click();
      await page.waitForURL(/\/kaart/);
      await expect.poll(() => page.locator('.dsv-account__who').textContent()).toContain('anna@gemeente.example');
      // The map's answers are now in the client's cache (fresh for 5 minutes).
      await expect
        .poll(() => page.locator('main').textContent(), { timeout: 30_000 })
        .toContain('GROZzerdammen Vitaal in Brainport (voorbeeld)');

      await openPartnership(page, 'vitaal-brainport');
      await page.getByRole('button', { name: 'Bewerken' }).click();
      await page.getByLabel('Naam').fill('Vitaal Brainport Samen');
      await page.getByRole('button', { name: 'Opslaan' }).click();
      await expect.poll(() => page.getByRole('status').first().textContent()).toBe('Opgeslagen.');
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Vitaal Brainport Samen');
      const history = page.locator('[data-table="history"] tbody tr').first();
      await expect.poll(() => history.textContent()).toContain('anna@gemeente.example');
      await expect.poll(() => history.textContent()).toContain('Vitaal Brainport Samen');
      await screenshot(page, 'living-record');
      expect(await axeViolations(page)).toEqual([]);

      // Back on the map through the menu (no reload): the write made the cached answers stale.
      await menu(page).getByRole('link', { name: 'Kaart' }).click();
      await page.waitForURL(/\/kaart/);
      const map = page.locator('main');
      await expect
        .poll(
          async () => {
            const text = (await map.textContent()) ?? '';
            return (
              text.includes('Vitaal Brainport Samen') &&
              !text.includes('GROZzerdammen Vitaal in Brainport (voorbeeld)') &&
              !text.includes('Geschiedenis')
            );
          },
          { timeout: 30_000 },
        )
        .toBe(true);
      await page.goto(`${server.url}/netwerk?mode=explore&focus=partnership:vitaal-brainport`);
      await expect.poll(() => page.locator('main').textContent(), { timeout: 30_000 }).toContain('Vitaal Brainport Samen');
    } finally {
      await context.close();
    }
  });

  it('"Wijzigingen" filters by region (province, GGD or zorgkantoor) through the URL; a region without partnerships shows no rows', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      await page.goto(server.url);
      await menu(page).getByRole('link', { name: 'Wijzigingen' }).click();
      const rows = page.locator('[data-table="history"] tbody tr');
      await expect.poll(() => rows.count()).toBeGreaterThan(1);
      const region = page.getByLabel('Regio', { exact: true });
      await region.selectOption({ label: 'GGD Brabant-Zuidoost' });
      await expect.poll(() => new URL(page.url()).searchParams.get('regio')).toBe('GG5608');
      // Only changes of the two example partnerships, both in that region (their records are linked by id).
      await expect.poll(() => rows.count()).toBeGreaterThan(0);
      const records = page.locator('[data-table="history"] tbody a');
      await expect
        .poll(async () => new Set(await records.evaluateAll((links) => links.map((a) => a.textContent))))
        .toEqual(new Set(['Samenwerkingsverband vitaal-brainport', 'Samenwerkingsverband samen-helmond']));
      await screenshot(page, 'living-changes-region');
      await region.selectOption({ label: 'GGD Amsterdam' });
      await expect.poll(() => new URL(page.url()).searchParams.get('regio')).toBe('GG3406');
      await expect.poll(() => rows.allTextContents()).toEqual(['Er zijn geen rijen die hieraan voldoen.']);
      await region.selectOption({ label: 'Alle' });
      await expect.poll(() => new URL(page.url()).searchParams.get('regio')).toBeNull();
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('two browsers edit the same partnership: the second save shows the conflict beside its own values, and nothing is lost', async () => {
    const [one, two] = await Promise.all([browser.newContext(), browser.newContext()]);
    const [a, b] = await Promise.all([one.newPage(), two.newPage()]);
    try {
      await signInWithPassword(a, 'redacteur1@example.nl');
      await signInWithPassword(b, 'redacteur2@example.nl');
      for (const page of [a, b]) {
        await openPartnership(page, 'samen-helmond');
        await page.getByRole('button', { name: 'Bewerken' }).click();
      }
      await a.getByLabel('Beschrijving').fill('Beschrijving van redacteur 1');
      await a.getByRole('button', { name: 'Opslaan' }).click();
      await expect.poll(() => a.getByRole('status').first().textContent()).toBe('Opgeslagen.');

      await b.getByLabel('Startjaar').fill('2018');
      await b.getByRole('button', { name: 'Opslaan' }).click();
      await b.getByRole('heading', { name: 'Iemand anders heeft dit intussen gewijzigd' }).waitFor();
      const row = b.locator('.dsv-conflict tr[data-field="description"]');
      await expect.poll(() => row.textContent()).toContain('Beschrijving van redacteur 1');
      await expect.poll(() => b.locator('.dsv-conflict tr[data-field="startYear"]').textContent()).toContain('2018');
      await screenshot(b, 'living-conflict');
      expect(await axeViolations(b)).toEqual([]);
      await b.getByRole('button', { name: 'Mijn wijzigingen toepassen op de nieuwe versie' }).click();
      await expect.poll(() => b.getByRole('status').first().textContent()).toBe('Opgeslagen.');
      const record = b.locator('.dsv-record');
      await expect.poll(() => record.textContent()).toContain('BeschrijvingBeschrijving van redacteur 1');
      await expect.poll(() => record.textContent()).toContain('Startjaar2018');
      const history = b.locator('[data-table="history"] tbody tr');
      await expect.poll(() => history.nth(0).textContent()).toContain('redacteur2@example.nl');
      await expect.poll(() => history.nth(1).textContent()).toContain('redacteur1@example.nl');
    } finally {
      await Promise.all([one.close(), two.close()]);
    }
  }, 180_000);

  it('a contributor proposes a change; an editor finds it under "Voorstellen", sees the diff and accepts it', async () => {
    await addUser(db, { email: 'bijdrager@example.nl', role: 'CONTRIBUTOR', partnerships: ['vitaal-brainport'], password: PASSWORD });
    const [one, two] = await Promise.all([browser.newContext(), browser.newContext()]);
    const [contributor, editor] = await Promise.all([one.newPage(), two.newPage()]);
    try {
      await signInWithPassword(contributor, 'bijdrager@example.nl');
      await openPartnership(contributor, 'vitaal-brainport');
      await contributor.getByRole('button', { name: 'Wijziging voorstellen' }).click();
      await contributor.getByLabel('Fase').selectOption('4');
      await contributor.getByRole('button', { name: 'Voorstel indienen' }).click();
      await expect
        .poll(() => contributor.getByRole('status').first().textContent())
        .toBe('Je voorstel is ingediend; een redacteur beoordeelt het.');
      expect(await contributor.locator('.dsv-record').textContent()).toContain('Fase3');

      await signInWithPassword(editor, 'redacteur1@example.nl');
      await menu(editor).getByRole('link', { name: 'Voorstellen' }).click();
      const proposal = editor.locator('.dsv-proposal').first();
      await expect.poll(() => proposal.textContent()).toContain('bijdrager@example.nl');
      await expect.poll(() => proposal.locator('tbody tr').first().textContent()).toBe('Fase34');
      expect(await axeViolations(editor)).toEqual([]);
      await proposal.getByLabel('Toelichting').fill('Klopt, dank');
      await proposal.getByRole('button', { name: 'Overnemen' }).click();
      await editor.getByText('Er wachten geen voorstellen.').waitFor();
      await openPartnership(editor, 'vitaal-brainport');
      await expect.poll(() => editor.locator('.dsv-record').textContent()).toContain('Fase4');
      await expect.poll(() => editor.locator('[data-table="history"] tbody tr').first().textContent()).toContain('Klopt, dank');
    } finally {
      await Promise.all([one.close(), two.close()]);
    }
  }, 180_000);

  it('an administrator checks and imports a .zip from the menu; the import lands in the history', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      await signInWithPassword(page, 'beheerder@example.nl');
      await menu(page).getByRole('link', { name: 'Importeren' }).click();
      await page
        .getByLabel('Bestand', { exact: true })
        .setInputFiles({ name: 'voorbeeld.zip', mimeType: 'application/zip', buffer: zipFolder(examplesDir) });
      await page.getByRole('button', { name: 'Controleren' }).click();
      await expect.poll(() => page.getByRole('status').first().textContent()).toBe('voorbeeld is in orde. Dit zou de import doen:');
      await expect.poll(() => page.locator('[data-table="import-diff"] tbody tr').count()).toBe(7);
      await page.getByRole('button', { name: 'Importeren', exact: true }).click();
      await expect
        .poll(() => page.getByRole('status').first().textContent(), { timeout: 30_000 })
        .toMatch(/^voorbeeld is geïmporteerd \(\d+ wijzigingen in de geschiedenis\)\.$/);
      await screenshot(page, 'living-import');
      expect(await axeViolations(page)).toEqual([]);
      await menu(page).getByRole('link', { name: 'Wijzigingen' }).click();
      await expect
        .poll(() => page.locator('[data-table="history"] tbody tr').first().textContent())
        .toContain('import of voorbeeld by beheerder@example.nl');
    } finally {
      await context.close();
    }
  });
});
