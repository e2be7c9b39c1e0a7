/* Integration suite: real HTTP, real database (embedded PGlite, or TEST_DATABASE_URL). */
module.exports = {
  displayName: 'api-int',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  // The parity suite compares the embedded database with a server, so it runs only when one is given.
  testMatch: process.env.TEST_DATABASE_URL
    ? ['<rootDir>/src/**/*.int-spec.ts', '<rootDir>/src/**/*.pg-spec.ts']
    : ['<rootDir>/src/**/*.int-spec.ts'],
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  moduleFileExtensions: ['ts', 'js'],
  testTimeout: 180000,
  maxWorkers: 2,
};
