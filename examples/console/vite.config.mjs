import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

/**
 * The operations console, served by the API at /console (api/platform/edge/console.ts). Built by
 * scripts/console.mjs at `npm install` and again when a source changed, into node_modules/.cache/koordinat/console.
 */
export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  base: "/console/",
  plugins: [react()],
  logLevel: "warn",
  build: { sourcemap: true, emptyOutDir: true, chunkSizeWarningLimit: 1500 },
});
