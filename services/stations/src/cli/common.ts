import { createLogger, type Database, type Logger } from '@nef/kit';
import { openCommandDatabase } from '@nef/kit/cli';
import { service } from '../service';

export { parseArgs, runCli, userDir, userPath } from '@nef/kit/cli';

/** Opens the service's database the way the running service does (same target, entities, migrations). */
export function openDatabase(log: Logger = createLogger('stations')): Promise<Database> {
  return openCommandDatabase(service, log);
}
