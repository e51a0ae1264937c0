// How much longer than on an idle machine a test may wait for something to start or finish.
// NEF_TEST_WAIT_SCALE sets it; otherwise it follows the machine: the load per core when the
// run starts (at least 1), doubled under CI, where other jobs may share the cores. Jest's
// timeouts and the test stack's start-up waits are multiplied by it, so a loaded machine waits
// longer instead of failing at a fixed time.
const os = require('node:os');

function testWaitScale(env = process.env) {
  const set = Number(env.NEF_TEST_WAIT_SCALE);
  if (Number.isFinite(set) && set > 0) return set;
  const cores = Math.max(1, os.availableParallelism ? os.availableParallelism() : os.cpus().length);
  const load = os.loadavg()[0] / cores;
  const ci = env.CI === 'true' || env.CI === '1';
  return Math.min(10, Math.max(1, load) * (ci ? 2 : 1));
}

/** `ms` scaled for this machine, as a whole number of milliseconds. */
function scaled(ms, env = process.env) {
  return Math.round(ms * testWaitScale(env));
}

module.exports = { testWaitScale, scaled };
