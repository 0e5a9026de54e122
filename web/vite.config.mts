// Builds the explorer (index.html) and the offline GraphQL IDE (graphiql.html) into web/dist.
// Everything is bundled: no CDN, no outside fonts (tests/explorer.e2e.test.ts checks it).
import path from "node:path";
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const here = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root: here,
  base: "/",
  plugins: [react()],
  // The project's .env files and public/ folder are not the web app's.
  envDir: false,
  publicDir: false,
  logLevel: "warn",
  build: {
    outDir: path.join(here, "dist"),
    emptyOutDir: true,
    // Monaco (GraphiQL's editor) is large; it loads only on the IDE page.
    chunkSizeWarningLimit: 6000,
    rolldownOptions: {
      // GraphiQL's packages carry React-compiler directives the bundle does not need.
      onwarn(warning, warn) {
        if (warning.code === "MODULE_LEVEL_DIRECTIVE") return;
        warn(warning);
      },
      input: {
        index: path.join(here, "index.html"),
        graphiql: path.join(here, "graphiql.html"),
      },
    },
  },
  worker: { format: "es" },
});
