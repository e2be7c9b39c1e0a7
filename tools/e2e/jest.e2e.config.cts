/**
 * Jest for the browser specs (run through tools/e2e/run-e2e.ts, which starts the platform and
 * sets E2E_BASE_URL). One worker: the specs share one server and one workflow.
 */
module.exports = {
  displayName: 'e2e',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/specs/**/*.e2e.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/../tsconfig.tools.json', diagnostics: false }],
  },
  moduleFileExtensions: ['ts', 'js'],
  testTimeout: 120_000,
  maxWorkers: 1,
  testSequencer: '<rootDir>/sequencer.cjs',
  verbose: true,
};
