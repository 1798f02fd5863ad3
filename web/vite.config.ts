import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

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

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rollupOptions: { treeshake: { moduleSideEffects: (id: string) => !NLDS_REACT.test(id) } },
  },
  server: { proxy },
  preview: { proxy },
});
