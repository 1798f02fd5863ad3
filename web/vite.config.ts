import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The API server (`pnpm start`) listens here during development. */
const API_ORIGIN = 'http://localhost:4000';

const proxy = {
  '/graphql': { target: API_ORIGIN, changeOrigin: true },
  '/healthz': { target: API_ORIGIN, changeOrigin: true },
};

export default defineConfig({
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true },
  server: { proxy },
  preview: { proxy },
});
