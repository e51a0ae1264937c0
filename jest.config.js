/** One Jest configuration for the whole repository; `npm test` runs it once per database engine. */
module.exports = {
  testEnvironment: 'node',
  testMatch: ['<rootDir>/{packages,services,gateway,test}/**/test/**/*.test.ts', '<rootDir>/test/**/*.test.ts'],
  transform: {
    '^.+\\.(t|j|mj)s$': [
      '@swc/jest',
      { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } },
    ],
  },
  // graphql-request ships ES modules only; let SWC turn it into CommonJS for Jest.
  transformIgnorePatterns: ['/node_modules/(?!(graphql-request)/)'],
  testTimeout: 60000,
};
