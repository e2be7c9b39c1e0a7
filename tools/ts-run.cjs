// Runs workspace TypeScript (API code, tools) under ts-node with the workspace path aliases.
// Usage: node -r ./tools/ts-run.cjs <script.ts>
const path = require('node:path');
const root = path.resolve(__dirname, '..');
process.env.TS_NODE_PROJECT = process.env.TS_NODE_PROJECT || path.join(root, 'tools/tsconfig.tools.json');
process.env.TS_NODE_TRANSPILE_ONLY = 'true';
require('ts-node/register');
require('tsconfig-paths').register({
  baseUrl: root,
  paths: {
    '@nap/domain': ['libs/domain/src/index.ts'],
    '@nap/contracts': ['libs/contracts/src/index.ts'],
  },
});
