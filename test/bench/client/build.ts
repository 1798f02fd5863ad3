import { copyFileSync, existsSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { build, type Plugin } from 'esbuild';
import { repoRoot } from '../db/database.js';

const webSrc = join(repoRoot, 'web', 'src');
const pagesDir = join(import.meta.dirname, 'pages');
const require = createRequire(import.meta.url);

/** `@dsv-web/<path>` → web/src/<path>: the app's own modules, unchanged, in the bench pages. */
const webModules: Plugin = {
  name: 'dsv-web',
  setup(b) {
    b.onResolve({ filter: /^@dsv-web\// }, (args) => {
      const base = join(webSrc, args.path.slice('@dsv-web/'.length));
      const path = ['.ts', '.tsx', '/index.ts'].map((ext) => base + ext).find(existsSync);
      if (!path) return { errors: [{ text: `no web module ${args.path}` }] };
      return { path };
    });
  },
};

const PAGES = {
  'map-ours': 'map',
  'map-markercluster': 'map',
  'network-ours': 'graph',
  'network-ours-webgl': 'graph',
  'network-draft': 'graph',
  'network-fcose': 'graph',
  'tables-duplicates': 'graph',
  'choropleth-ours': 'map',
} as const;

export type PageName = keyof typeof PAGES;

const STYLES = ['leaflet.css', 'MarkerCluster.css', 'MarkerCluster.Default.css', 'map.css'];

/**
 * Bundles the bench pages with esbuild (minified, as the app's build is) into
 * `out`, with the app's layout workers under the names its runner asks for, and
 * the stylesheets the map layers use. Each page shows only what it measures.
 */
export async function buildPages(out: string): Promise<void> {
  await build({
    entryPoints: Object.keys(PAGES).map((name) => join(pagesDir, `${name}.ts`)),
    outdir: out,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: [webModules],
    logLevel: 'warning',
  });
  for (const worker of ['force.worker.ts', 'fcose.worker.ts'])
    await build({
      entryPoints: [join(webSrc, 'network', 'canvas', 'layout', worker)],
      outfile: join(out, worker),
      bundle: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      minify: true,
      logLevel: 'warning',
    });
  const leaflet = dirname(require.resolve('leaflet/dist/leaflet.css'));
  const cluster = dirname(require.resolve('leaflet.markercluster/dist/MarkerCluster.css'));
  copyFileSync(join(leaflet, 'leaflet.css'), join(out, 'leaflet.css'));
  copyFileSync(join(cluster, 'MarkerCluster.css'), join(out, 'MarkerCluster.css'));
  copyFileSync(join(cluster, 'MarkerCluster.Default.css'), join(out, 'MarkerCluster.Default.css'));
  copyFileSync(join(webSrc, 'map', 'map.css'), join(out, 'map.css'));
  copyFileSync(join(webSrc, 'ui', 'regions', 'gemeenten-2023.topo.json'), join(out, 'boundaries.json'));
  for (const [name, box] of Object.entries(PAGES)) {
    const styles = STYLES.map((s) => `<link rel="stylesheet" href="${s}">`).join('');
    writeFileSync(
      join(out, `${name}.html`),
      `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>${name}</title>${styles}` +
        '<style>body{margin:0;font-family:sans-serif}#map{width:900px;height:560px}#graph{width:900px;height:600px}</style></head>' +
        `<body><div id="${box}"></div><script type="module" src="${name}.js"></script></body></html>`,
    );
  }
}
