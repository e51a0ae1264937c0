/** How much longer than on an idle machine a test may wait (see test-wait-scale.cjs). */
export declare function testWaitScale(env?: NodeJS.ProcessEnv): number;
/** `ms` scaled for this machine. */
export declare function scaled(ms: number, env?: NodeJS.ProcessEnv): number;
