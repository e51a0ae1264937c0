/** One Jest configuration for the whole repository; `npm test` runs it once per database engine. */
module.exports = {
  testEnvironment: 'node',
  testMatch: ['<rootDir>/{packages,services,gateway,test}/**/test/**/*.test.ts', '<rootDir>/test/**/*.test.ts'],
  transform: { '^.+\\.(t|j|mj)s$': '<rootDir>/scripts/jest-transform.js' },
  // graphql-request ships ES modules only; the transformer turns it into CommonJS too.
  transformIgnorePatterns: ['/node_modules/(?!(graphql-request)/)'],
  testTimeout: 60000,
};
