/**
 * The whole partner story against a running gateway (`npm start` in another terminal):
 *
 *   npm run demo -w @nef/partner-client        (or npm run partner-client:demo)
 *
 * registers a rider on the partner's platform with the rider's consent (a code sent to their
 * phone, given back through the app), or finds them; joins the union through the district
 * branch, reads the rider's benefits, enrols in an open course, reports a hazard (and retries
 * with the same idempotency key), and redeems a reward the points cover or says why not.
 * Settings: GATEWAY_URL (http://localhost:4000/graphql), API_KEY (demo-meituan), PLATFORM
 * (MEITUAN, the key's platform), WORKER_ACCOUNT (mt-demo-9001, the rider's account there),
 * OUTBOX_KEY (demo-admin: development only, see codeFromDevelopmentOutbox).
 */
import { GraphQLClient } from 'graphql-request';
import {
  PartnerApiError,
  PartnerClient,
  newIdempotencyKey,
  withRetries,
  type Benefits,
} from './client';

const endpoint = process.env.GATEWAY_URL ?? 'http://localhost:4000/graphql';
const apiKey = process.env.API_KEY ?? 'demo-meituan';
const platform = process.env.PLATFORM ?? 'MEITUAN';
const account = process.env.WORKER_ACCOUNT ?? 'mt-demo-9001';
const outboxKey = process.env.OUTBOX_KEY ?? 'demo-admin';

/** The rider as the platform knows them. */
const RIDER = { name: '赵磊', phone: '13700137099', occupation: 'FOOD_DELIVERY' as const, districtCode: '110105', platformExternalId: account };

/** Where the rider is: Sanlitun, Chaoyang (GCJ-02, as Amap shows it). */
const HERE = { lat: 39.9334, lng: 116.4545 };

const yuan = (cents: number) => `¥${(cents / 100).toFixed(2)}`;
const step = (n: number, title: string) => console.log(`\n${n}. ${title}`);
const say = (line: string) => console.log(`   ${line}`);
/** A part of an answer its service could not give (null) shows as "unavailable". */
const shown = <T>(value: T | null | undefined, show: (v: T) => string) => (value === null || value === undefined ? 'unavailable' : show(value));

async function main() {
  console.log(`Partner client demo: ${endpoint}, key ${apiKey}, acting for ${platform} account ${account}`);
  const partner = new PartnerClient({ endpoint, apiKey });

  step(1, 'Register the rider with their consent, or find them if already registered');
  let worker = await partner.findWorker(platform, account);
  if (worker) {
    say(`found ${worker.name} (${worker.id}), registered ${worker.registeredAt}`);
  } else {
    // Nothing is registered yet: a code goes to the rider's phone, and the rider types it into the app.
    const challenge = await partner.requestWorkerConsent(RIDER);
    say(`a code went to ${challenge.phone}, asking to allow ${challenge.scopes.join(', ')}; it works until ${challenge.expiresAt}`);
    const code = await codeFromDevelopmentOutbox(RIDER.phone);
    say(`(development only) the rider "types" ${code}: read from the SMS outbox with ${outboxKey}`);
    worker = await partner.confirmWorkerConsent(challenge.id, code);
    say(`registered ${worker.name} (${worker.id})`);
  }
  const district = worker.district;
  if (!district) {
    say('the rider’s district is unavailable now (the stations service keeps the catalogue); try again later');
    return;
  }
  say(`phone as partners see it: ${worker.phone}; district ${district.name} (${district.code})`);
  say(`accounts: ${worker.platformAccounts.map((a) => `${a.platform.code}/${a.externalId}`).join(', ')}`);

  // From here on the partner acts for the rider: every request carries X-Acting-Worker.
  const rider = partner.forWorker(account);

  step(2, `Join the union through the ${district.name} branch (一站式入会)`);
  const [branch] = await partner.unionBranches(district.code, 'DISTRICT');
  if (!branch) {
    say(`no district-level union branch in ${district.name}; skipped`);
  } else {
    const membership = await withRetries(() => rider.joinUnion(branch.id));
    say(`${membership.branch.name}: member ${membership.memberNo}, card ${membership.cardNo}, ${membership.status} since ${membership.joinedAt}`);
  }

  step(3, 'Read the rider’s benefits (one query across the four subgraphs)');
  printBenefits(await rider.benefits(HERE));

  step(4, 'Enrol in an open course');
  // Courses of the rider's own district first, then citywide ones; one with a free seat if any.
  const open = (await partner.openCourses(district.code)).sort((a, b) => Number(a.district === null) - Number(b.district === null));
  const course = open.find((c) => c.enrolledCount < c.capacity) ?? open[0];
  if (!course) {
    say('no course is taking enrolments now');
  } else {
    const enrolment = await withRetries(() => rider.enroll(course.id));
    const where = course.district ? course.district.name : 'citywide';
    say(`${course.title} (${course.mode}, ${where}, ${course.status}): ${enrolment.status}`);
    if (course.subsidyCents > 0) say(`price ${yuan(course.priceCents)}, union subsidy ${yuan(course.subsidyCents)}`);
  }

  step(5, 'Report a hazard (随手拍), with an idempotency key kept for retries');
  const reportKey = newIdempotencyKey();
  const input = {
    category: 'EBIKE_INDOOR_CHARGING' as const,
    description: '小区楼道内有电动自行车充电，飞线从窗户拉出',
    location: HERE,
    districtCode: district.code,
    idempotencyKey: reportKey,
  };
  const report = await withRetries(() => rider.submitReport(input), {
    onRetry: (err, attempt, wait) => say(`attempt ${attempt} failed (${err.code}); retrying in ${wait}s with the same key`),
  });
  say(`report ${report.id}: ${report.category} in ${shown(report.district, (d) => d.name)}, ${report.status}`);
  // What a retry after a lost response looks like: same key, same report, nothing filed twice.
  const replay = await rider.submitReport(input);
  say(`sent again with key ${reportKey}: ${replay.id === report.id ? 'the same report came back, none was added' : `a new report ${replay.id} (unexpected)`}`);

  step(6, 'Redeem a reward the points cover');
  const { actingWorker: now } = await rider.benefits(HERE, { stations: 0 });
  const balance = now?.pointsBalance ?? 0;
  say(
    `the rider now: ${shown(now?.enrollments, (e) => String(e.length))} enrolment(s), ${shown(now?.reports, (r) => String(r.length))} report(s), ` +
      `${shown(now?.pointsBalance, String)} points, subsidy left ${shown(now?.subsidyAvailableCents, yuan)}`,
  );
  const rewards = (await partner.rewards()).filter((r) => r.stock > 0).sort((a, b) => a.costPoints - b.costPoints);
  const affordable = rewards.find((r) => r.costPoints <= balance);
  if (affordable) {
    const key = newIdempotencyKey();
    const redemption = await withRetries(() => rider.redeemReward(affordable.id, key));
    say(`${redemption.reward.title} for ${redemption.pointsSpent} points: voucher ${redemption.voucherCode} (${redemption.status})`);
    const again = await rider.redeemReward(affordable.id, key);
    say(`sent again with the same key: ${again.voucherCode === redemption.voucherCode ? 'the same voucher, points spent once' : 'a new voucher (unexpected)'}`);
  } else if (rewards.length === 0) {
    say('no reward in stock right now');
  } else {
    const cheapest = rewards[0]!;
    say(`not yet: the balance is ${balance} points and the cheapest reward, ${cheapest.title}, costs ${cheapest.costPoints}.`);
    say('Points come when a reviewer accepts one of the rider’s reports (or for volunteering).');
    try {
      await rider.redeemReward(cheapest.id, newIdempotencyKey());
      say('the API redeemed it anyway (unexpected)');
    } catch (err) {
      if (!(err instanceof PartnerApiError)) throw err;
      say(`asking anyway, the API answers ${err.code}: ${err.errors[0]?.message ?? err.message}`);
    }
  }

  step(7, 'A worker of another platform is out of reach');
  try {
    await partner.forWorker('ele-20001').benefits(HERE);
    say('read another platform’s worker (unexpected)');
  } catch (err) {
    if (!(err instanceof PartnerApiError)) throw err;
    say(`acting for ELEME account ele-20001: ${err.code} (${err.errors[0]?.message ?? err.message})`);
  }

  console.log('\nDone.');
}

/**
 * Development stand-in for the rider typing the code they received: a gateway started by
 * `npm start` keeps text messages in an outbox (SMS_SENDER=outbox) instead of sending them, and
 * an admin key reads it (smsOutbox). A real integration never does this: the code reaches only
 * the worker's phone, and your app asks the worker for it.
 */
async function codeFromDevelopmentOutbox(phone: string): Promise<string> {
  const admin = new GraphQLClient(endpoint, { headers: { authorization: `Bearer ${outboxKey}` } });
  const { smsOutbox } = await admin.request<{ smsOutbox: { text: string }[] | null }>(
    'query DevelopmentOutbox($phone: String!) { smsOutbox(phone: $phone, first: 1) { text } }',
    { phone },
  );
  const code = /验证码(\d{6})/.exec(smsOutbox?.[0]?.text ?? '')?.[1];
  if (!code) throw new Error(`no code in the development SMS outbox for ${phone}: is this a development stack (npm start), whose SMS_SENDER is the outbox?`);
  return code;
}

function printBenefits({ actingWorker: w, stationsNear, errors }: Benefits) {
  // A service down costs only its own parts: they print as unavailable, the rest as usual.
  for (const e of errors) {
    const service = typeof e.extensions.service === 'string' ? `, ${e.extensions.service}` : '';
    say(`unavailable now: ${e.path?.join('.') ?? 'part of the answer'} (${e.code}${service})`);
  }
  const list = <T>(items: readonly T[] | null, show: (item: T) => string) => shown(items, (all) => (all.length ? all.map(show).join('; ') : 'none'));
  if (w) {
    say(`${w.name} ${w.phone}`);
    say(
      w.membership
        ? `union card: ${w.membership.branch.name}, member ${w.membership.memberNo}, card ${w.membership.cardNo}, ${w.membership.status}`
        : 'union card: not a member',
    );
    say(`tuition subsidy left this year: ${shown(w.subsidyAvailableCents, yuan)}`);
    say(`enrolments: ${list(w.enrollments, (e) => `${e.course.title} (${e.status})`)}`);
    say(`points: ${shown(w.pointsBalance, String)}`);
    say(`reports: ${list(w.reports, (r) => `${r.category} ${r.status}`)}`);
    say(`vouchers: ${list(w.redemptions, (r) => `${r.reward.title} ${r.voucherCode} (${r.status})`)}`);
  } else {
    say('the rider’s details: unavailable');
  }
  if (!stationsNear) {
    say('stations within 3 km: unavailable');
    return;
  }
  say(stationsNear.length ? 'stations within 3 km:' : 'stations within 3 km: none');
  for (const n of stationsNear) {
    say(`  ${String(n.distanceMeters).padStart(5)} m  ${n.station.name} (${n.station.kind}, ${n.station.isOpen ? 'open now' : 'closed now'})`);
  }
}

main().catch((err: unknown) => {
  if (err instanceof PartnerApiError && err.code === 'NETWORK_ERROR') {
    console.error(`\nNo answer from ${endpoint} (${err.message}). Is the demo running? Start it with \`npm start\` in another terminal.`);
  } else if (err instanceof PartnerApiError) {
    console.error(`\n${err.operation} failed with ${err.code}: ${err.message}`);
  } else {
    console.error(err);
  }
  process.exit(1);
});
