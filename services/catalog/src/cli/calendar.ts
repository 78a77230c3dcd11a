// Load a tenant's working calendar changes (the year's days off when the Prime Minister's decision
// is published, office hours, fast tracks) from a JSON file, or print the calendar in force:
//   npm run catalog:calendar -- --tenant hanoi --file calendar-2027.json
//   npm run catalog:calendar -- --tenant hanoi --show
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { IMPORT_ACTOR } from '../procedure-files/procedure-import-runner';
import { connectCliRpc } from './nats-rpc';

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      tenant: { type: 'string' },
      file: { type: 'string' },
      show: { type: 'boolean', default: false },
    },
  });
  if (!values.tenant || (!values.file && !values.show)) {
    process.stderr.write('usage: calendar --tenant <slug> (--file <changes.json> | --show)\n');
    return 2;
  }
  const { rpc, nc } = await connectCliRpc('catalog-calendar-cli');
  try {
    const calendar = values.file
      ? await rpc.request(
          'catalog.calendar.update.v1',
          JSON.parse(readFileSync(values.file, 'utf8')) as never,
          { tenant: values.tenant, actor: IMPORT_ACTOR },
        )
      : await rpc.request('catalog.calendar.get.v1', {}, { tenant: values.tenant });
    const byYear = new Map<string, number>();
    for (const day of calendar.holidays)
      byYear.set(day.slice(0, 4), (byYear.get(day.slice(0, 4)) ?? 0) + 1);
    process.stdout.write(
      [
        `${values.tenant}: office hours ${calendar.officeHours.map((p) => `${p.start}-${p.end}`).join(', ')}`,
        `days off per year: ${[...byYear].map(([y, n]) => `${y}: ${n}`).join(', ')}`,
        `make-up working days: ${calendar.workingDays.join(', ') || 'none'}`,
        `fast tracks: ${calendar.fastTracks.map((f) => f.name).join(', ') || 'none'}`,
        '',
      ].join('\n'),
    );
    return 0;
  } finally {
    await nc.close();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`calendar: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  },
);
