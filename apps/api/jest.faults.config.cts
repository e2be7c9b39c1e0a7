/*
 * Resilience suite (`npm run test:faults`): backups and restores, 50 concurrent saves, PostgreSQL
 * restarts and SIGKILL under load, 10,000 malformed inputs, SQL-injection and stored-XSS payloads.
 * One file at a time: some suites restart the machine's shared PostgreSQL server.
 */
module.exports = {
  displayName: 'api-faults',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/test/resilience/**/*.fault-spec.ts'],
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  moduleFileExtensions: ['ts', 'js'],
  testTimeout: 300000,
  maxWorkers: 1,
};
