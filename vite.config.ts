import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { cspPlugin } from './src/build/vite-plugin-csp.ts';
import { serviceWorkerPlugin } from './src/build/vite-plugin-service-worker.ts';
import { seedCasesPlugin } from './src/cases/vite-plugin-seed-cases.ts';

export default defineConfig({
  // Relative asset URLs: the build works from any sub-path of a static host.
  base: './',
  plugins: [react(), seedCasesPlugin('seeds'), cspPlugin(), serviceWorkerPlugin()],
  build: { target: 'es2022', sourcemap: false },
});
