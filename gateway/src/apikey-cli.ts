/**
 * npm run apikey -- create --id <id> --role <admin|partner|dashboard|operator>
 *                          [--platform CODE] [--domain stations|training|union|governance] [--regions 441300,110105]
 *                          [--operations <manifest> | --free-form]
 * npm run apikey -- hash <key>
 *
 * Prints a new key once, and the entry to add to the API_KEYS_FILE (only the hash is stored).
 */
import { parseArgs } from 'node:util';
import { generateKey, hashKey, validateEntry } from './keys';

const USAGE = `usage:
  npm run apikey -- create --id <id> --role <admin|partner|dashboard|operator> [--platform CODE] [--domain DOMAIN] [--regions CODE,CODE]
                           [--operations <manifest> | --free-form]
  npm run apikey -- hash <key>
--regions: region codes at any level; 441300 (惠州市) reads every Huizhou county and street, 320000 (江苏省) all of Jiangsu`;

function main(argv: string[]): number {
  const [command, ...rest] = argv;
  if (command === 'hash' && rest.length === 1) {
    console.log(hashKey(rest[0]!));
    return 0;
  }
  if (command !== 'create') {
    console.error(USAGE);
    return 2;
  }
  const { values } = parseArgs({
    args: rest,
    options: { id: { type: 'string' }, role: { type: 'string' }, platform: { type: 'string' }, domain: { type: 'string' }, regions: { type: 'string' }, districts: { type: 'string' }, operations: { type: 'string' }, 'free-form': { type: 'boolean' } },
    strict: true,
  });
  const key = generateKey();
  try {
    const entry = validateEntry(
      {
        id: values.id,
        sha256: hashKey(key),
        role: values.role,
        platform: values.platform,
        domain: values.domain,
        // --districts is the older name of --regions: a key limited to regions at any level.
        regions: values.regions === undefined && values.districts === undefined ? undefined : `${values.regions ?? ''},${values.districts ?? ''}`.split(',').map((d) => d.trim()).filter(Boolean),
        operations: values.operations,
        freeForm: values['free-form'],
      },
      0,
    );
    console.log(`API key (shown once, give it to the client): ${key}`);
    console.log('Add this entry to the API_KEYS_FILE array and restart the gateway:');
    console.log(JSON.stringify(entry, null, 2));
    if (!entry.operations && !entry.freeForm) {
      console.log('Note: bound to no manifest and not --free-form; production runs it free-form with a warning (see README, Trusted documents).');
    }
    return 0;
  } catch (err) {
    console.error((err as Error).message.replace(/^API key entry 0/, 'the new key'));
    console.error(USAGE);
    return 2;
  }
}

process.exitCode = main(process.argv.slice(2));
