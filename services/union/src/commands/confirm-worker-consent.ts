import { ErrorCode, forbidden, isId, lockOne, newId, type Database, type Principal } from '@nef/kit';
import { PhoneChallengeEntity, PlatformAccountEntity, WorkerEntity, type PhoneChallengeRow, type WorkerRow } from '../entities';
import { accountAlreadyLinked, codeUsed, consentError, requireCode } from '../rules/consent';
import { phoneLast4 } from '../rules/phone';
import { actorOf } from '../rules/history-actor';
import type { PhoneCipher } from '../rules/phone-cipher';
import { findWorkerByPhone, linkAccount } from './register-worker';
import { checkCode } from './support/challenges';
import { recordConsent } from './support/consents';
import { retryOnUniqueViolation } from './support/retry';
import { countLinkedAccount } from './support/rollups';

const notFound = () =>
  consentError(ErrorCode.NOT_FOUND, 'CHALLENGE_NOT_FOUND', 'there is no such consent request for your platform', '贵平台没有这个同意请求');

type Verdict = { ok: true; worker: WorkerRow } | { ok: false; error: Error };

/**
 * The worker gives the code back through the platform: the platform's account is linked to the
 * worker the phone belongs to, or a worker is registered with what the platform sent, and the
 * consent is recorded (method SMS_CODE, with its scopes), all in one transaction. The challenge
 * is spent: the same code again is CONFLICT CODE_USED.
 *
 * Refusals (reason in extensions): a challenge of another platform, or none, CHALLENGE_NOT_FOUND;
 * a code past its ten minutes CODE_EXPIRED; a wrong code CODE_WRONG with attemptsLeft, counted
 * even though the call fails; after five wrong codes CODE_ATTEMPTS_EXCEEDED, for good. Nothing is
 * linked or shown on any refusal. CONFLICT ACCOUNT_ALREADY_LINKED when the account was linked to
 * another worker meanwhile (the challenge stays unspent), CONFLICT when the worker already has
 * another account on the platform. A challenge made to close an account (purpose CLOSE) is
 * CHALLENGE_NOT_FOUND here.
 */
export async function confirmWorkerConsent(
  db: Database,
  phones: PhoneCipher,
  p: Principal,
  challengeId: string,
  code: string,
  now: Date,
): Promise<WorkerRow> {
  if (p.role !== 'partner' || !p.platform) throw forbidden('confirmWorkerConsent is for partners', '此操作仅供合作平台使用');
  const typed = requireCode(code);
  if (!isId(challengeId)) throw notFound();
  const verdict = await retryOnUniqueViolation(4, () =>
    db.transaction(async (em): Promise<Verdict> => {
      const challenge = await lockOne(em, db, PhoneChallengeEntity, { id: challengeId });
      // A closing code (purpose CLOSE) never links: it reads as no consent request at all.
      if (!challenge || challenge.platformCode !== p.platform || challenge.purpose !== 'LINK') return { ok: false, error: notFound() };
      if (challenge.confirmedAt) return { ok: false, error: codeUsed() };
      // A refusal is returned, not thrown, so that the transaction commits a wrong code's count.
      const refused = await checkCode(em, phones, challenge, typed, now);
      if (refused) return { ok: false, error: refused };
      return confirmed(em, db, phones, p, challenge, now);
    }),
  );
  if (!verdict.ok) throw verdict.error;
  return verdict.worker;
}

async function confirmed(
  em: Parameters<Parameters<Database['transaction']>[0]>[0],
  db: Database,
  phones: PhoneCipher,
  p: Principal,
  c: PhoneChallengeRow,
  now: Date,
): Promise<Verdict> {
  const account = { platform: c.platformCode, externalId: c.externalId };
  let worker = await findWorkerByPhone(em, db, c.phoneHash);
  // Two codes may be out for one account (two phones given for it): the first confirmed links it,
  // and the other is refused as a verdict, its challenge left unspent. Linked to this very worker
  // already, the link is a no-op and the consent is still recorded.
  const held = await em.findOne(PlatformAccountEntity, { where: { platformCode: account.platform, externalId: account.externalId } });
  if (held && held.workerId !== worker?.id) return { ok: false, error: accountAlreadyLinked(account) };
  if (worker) {
    if (await linkAccount(em, worker.id, account, now)) await countLinkedAccount(em, worker, account.platform);
  } else {
    worker = {
      id: newId(),
      name: c.name,
      phoneEnc: c.phoneEnc,
      phoneHash: c.phoneHash,
      phoneLast4: phoneLast4(phones.decrypt(c.phoneEnc)),
      occupation: c.occupation,
      districtCode: c.districtCode,
      streetCode: c.streetCode,
      registeredAt: now,
    };
    await em.insert(WorkerEntity, worker);
    await linkAccount(em, worker.id, account, now);
  }
  await recordConsent(em, { workerId: worker.id, platformCode: c.platformCode, scopes: c.scopes, method: 'SMS_CODE', challengeId: c.id, grantedBy: actorOf(p) }, now);
  await em.update(PhoneChallengeEntity, { id: c.id }, { confirmedAt: now, workerId: worker.id });
  return { ok: true, worker };
}

