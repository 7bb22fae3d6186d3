/** Jest in ESM mode with ts-jest. */
export default {
  preset: 'ts-jest/presets/default-esm',
  testEnvironment: 'node',
  resolver: 'ts-jest-resolver',
  extensionsToTreatAsEsm: ['.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json', diagnostics: false }]
  },
  testMatch: ['<rootDir>/__tests__/**/*.test.ts'],
  collectCoverage: true,
  collectCoverageFrom: ['src/**/*.ts', '!src/policy/catalog-data.ts', '!src/index.ts', '!src/cli.ts'],
  coverageReporters: ['text-summary', 'json-summary'],
  coverageThreshold: { global: { lines: 85, branches: 75, functions: 90, statements: 85 } },
  testTimeout: 60000,
  // One worker per core: jest's default (cores - 1) runs every suite in a single worker on a 2-core runner.
  maxWorkers: '100%'
}
