#!/usr/bin/env node
// The `sti-graph` command (package.json bin): runs the TypeScript CLI through tsx's CommonJS hook,
// as `npm start` and `npm run seed` do. See src/cli/sti-graph.ts.
require("tsx/cjs/api").register();
require("../src/cli/sti-graph.ts")
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
