/** One Jest configuration for the whole repository; `npm test` runs it once per database engine. */
const { scaled } = require('./packages/kit/src/test-wait-scale.cjs');

module.exports = {
  testEnvironment: 'node',
  testMatch: ['<rootDir>/{packages,services,gateway,test}/**/test/**/*.test.ts', '<rootDir>/test/**/*.test.ts'],
  transform: { '^.+\\.(t|j|mj)s$': '<rootDir>/scripts/jest-transform.js' },
  // graphql-request ships ES modules only; the transformer turns it into CommonJS too.
  transformIgnorePatterns: ['/node_modules/(?!(graphql-request)/)'],
  // 60 s on an idle machine, longer on a loaded one (packages/kit/src/test-wait-scale.cjs).
  testTimeout: scaled(60_000),
};
