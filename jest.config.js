/** Unit, integration (built bundle over fakes) and browser tests, all in one run. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test', '<rootDir>/fakes'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: '<rootDir>/test/tsconfig.json' }],
  },
  testTimeout: 30000,
  // Unpacks the bundled Chromium once, before the workers start (see the file).
  globalSetup: '<rootDir>/test/support/global-setup.ts',
};
