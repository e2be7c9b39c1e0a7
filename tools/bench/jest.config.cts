/**
 * The bench's CI check: SQL statements per scenario request, constant between S and M data.
 *   NODE_OPTIONS=--experimental-vm-modules npx jest -c tools/bench/jest.config.cts
 * Needs a PostgreSQL server (TEST_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/postgres).
 */
module.exports = {
  displayName: 'bench-sql-count',
  rootDir: __dirname,
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  // the bench's SQL-count check and the generator's copy check (tools/generate)
  roots: ['<rootDir>', '<rootDir>/../generate'],
  testMatch: ['**/*.int-spec.ts'],
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/../tsconfig.tools.json', diagnostics: false }],
  },
  moduleNameMapper: {
    '^@nap/domain$': '<rootDir>/../../libs/domain/src/index.ts',
    '^@nap/contracts$': '<rootDir>/../../libs/contracts/src/index.ts',
  },
  moduleFileExtensions: ['ts', 'js'],
  // generating M takes one to three minutes on a busy 2-core machine
  testTimeout: 900_000,
  maxWorkers: 1,
};
