import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/** The API server (`pnpm start`) listens here during development. */
const API_ORIGIN = 'http://localhost:4000';

const proxy = {
  '/graphql': { target: API_ORIGIN, changeOrigin: true },
  '/healthz': { target: API_ORIGIN, changeOrigin: true },
};

/**
 * The NL Design System React packages declare no `sideEffects`, so a bundler
 * must keep every component their index imports, used or not, in the chunk
 * the shell shares with the pages. Their modules have no side effects (the
 * styles come from @utrecht/component-library-css, imported once in main.tsx):
 * say so, and only the components in use are bundled.
 */
const NLDS_REACT = /[\\/]node_modules[\\/](?:\.pnpm[\\/][^\\/]+[\\/]node_modules[\\/])?@utrecht[\\/][^\\/]+-react[\\/]/;

/**
 * Its one bundled module also sets `Component.displayName = '…'` on all of its
 * roughly 100 components: statements a bundler must keep, so every component
 * stays even with the modules marked side-effect free. The names only label
 * components in React's developer tools; without them the shell's first load
 * holds only the half dozen components it uses.
 */
const NLDS_LIBRARY = /[\\/]@utrecht[\\/]component-library-react[\\/]dist[\\/]index\.mjs$/;
const DISPLAY_NAME = /^[A-Za-z_$][\w$]*\.displayName = '[^'\n]*';$/gm;
const dropDisplayNames: Plugin = {
  name: 'dsv:nlds-display-names',
  transform(code, id) {
    return NLDS_LIBRARY.test(id) ? { code: code.replace(DISPLAY_NAME, ''), map: null } : null;
  },
};

export default defineConfig({
  plugins: [react(), dropDisplayNames],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rollupOptions: { treeshake: { moduleSideEffects: (id: string) => !NLDS_REACT.test(id) } },
  },
  server: { proxy },
  preview: { proxy },
});
