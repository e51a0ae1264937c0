/**
 * npm run migrate [-- stations]
 *
 * Runs the stations database's pending migrations under the migration lock, as a step of its own
 * (production services do not migrate at start; see the README's Commands).
 */
import { runMigrateCommand } from '@nef/kit/cli';
import { service } from '../server';

runMigrateCommand(service);
