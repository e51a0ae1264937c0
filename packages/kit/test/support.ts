export * from '../src';
export { errorCodesOf } from '../src/testing';
