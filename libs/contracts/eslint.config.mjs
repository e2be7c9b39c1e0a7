import baseConfig from '../../eslint.config.mjs';

export default [
  ...baseConfig,
  {
    // Written by `npm run codegen`; checked for staleness in CI, not linted.
    ignores: ['src/lib/generated/**'],
  },
];
