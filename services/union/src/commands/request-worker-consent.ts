import { GraphQLError } from 'graphql';
import { MoreThan } from 'typeorm';
import { ErrorCode, badUserInput, forbidden, newId, serviceUnavailable, type Database, type Logger, type Principal } from '@nef/kit';
import { PhoneChallengeEntity, PlatformAccountEntity, PlatformEntity, type PhoneChallengeRow } from '../entities';
import {
  CODES_PER_PHONE_PER_DAY,
  CODE_RESEND_MS,
  CODE_TTL_MS,
  MAX_CODE_ATTEMPTS,
  codeHash,
  codeMessage,
  consentError,
  newCode,
  scopesOf,
} from '../rules/consent';
import { actorOf } from '../rules/history-actor';
import type { PhoneCipher } from '../rules/phone-cipher';
import { checkRegistration, type RegisterWorkerInput } from '../rules/worker-registration';
import type { SmsSender } from '../sms/sender';

/**
 * Starts a partner's registration of its account holder: a code goes to the phone given, and
 * nothing is registered or linked until the person holding that phone gives the code back
 * (confirmWorkerConsent). The answer is the same whether the phone belongs to a known worker
 * or not, so the call tells the platform nothing about the number.
 *
 * Refused: a caller that is not a partner (union staff register and link in person); the
 * platform's account already linked (CONFLICT ACCOUNT_ALREADY_LINKED: the platform reads it with
 * workerByPlatformAccount); a code sent to the same phone for the same platform less than a
 * minute ago, or ten to the phone in a day (RATE_LIMITED). When the SMS provider cannot take the message, the code is withdrawn and
 * the call answers SERVICE_UNAVAILABLE.
 */
export async function requestWorkerConsent(
  db: Database,
  phones: PhoneCipher,
  sender: SmsSender,
  p: Principal,
  input: RegisterWorkerInput,
  scopes: readonly string[] | null | undefined,
  now: Date,
  log?: Logger,
): Promise<PhoneChallengeRow> {
  if (p.role !== 'partner' || !p.platform) {
    throw forbidden('requestWorkerConsent is for partners; union operators register and link workers in person', '此操作仅供合作平台使用；工会工作人员请当面登记和关联');
  }
  const reg = checkRegistration(p, input);
  const account = reg.account!;
  const granted = scopesOf(scopes);
  const phoneHash = phones.hash(reg.phone);
  const code = newCode();
  const challengeId = newId();
  let text = '';

  const challenge = await db.transaction(async (em) => {
    const platform = await em.findOne(PlatformEntity, { where: { code: account.platform } });
    if (!platform) throw badUserInput(`platform ${account.platform} is not registered; an admin must create it first`);
    if (await em.findOne(PlatformAccountEntity, { where: { platformCode: account.platform, externalId: account.externalId } })) {
      throw consentError(
        ErrorCode.CONFLICT,
        'ACCOUNT_ALREADY_LINKED',
        `account ${account.externalId} on ${account.platform} is already linked to a worker; read it with workerByPlatformAccount`,
        `${account.platform}账号${account.externalId}已关联劳动者，可用workerByPlatformAccount查询`,
      );
    }
    const recent = await em.find(PhoneChallengeEntity, {
      where: { phoneHash, createdAt: MoreThan(new Date(now.getTime() - 24 * 3600_000)) },
      order: { createdAt: 'DESC' },
    });
    const last = recent.find((c) => c.platformCode === account.platform);
    if (last && now.getTime() - last.createdAt.getTime() < CODE_RESEND_MS) {
      throw tooManyCodes(Math.ceil((CODE_RESEND_MS - (now.getTime() - last.createdAt.getTime())) / 1000));
    }
    if (recent.length >= CODES_PER_PHONE_PER_DAY) {
      const oldest = recent[recent.length - 1]!;
      throw tooManyCodes(Math.ceil((oldest.createdAt.getTime() + 24 * 3600_000 - now.getTime()) / 1000));
    }
    const row: PhoneChallengeRow = {
      id: challengeId,
      platformCode: account.platform,
      externalId: account.externalId,
      phoneHash,
      phoneEnc: phones.encrypt(reg.phone),
      name: reg.name,
      occupation: reg.occupation,
      districtCode: reg.districtCode,
      streetCode: reg.streetCode,
      scopes: granted.join(','),
      codeHash: codeHash(phones.codeKey, challengeId, code),
      createdAt: now,
      expiresAt: new Date(now.getTime() + CODE_TTL_MS),
      attempts: 0,
      confirmedAt: null,
      workerId: null,
      requestedBy: actorOf(p),
    };
    await em.insert(PhoneChallengeEntity, row);
    text = codeMessage(platform.name, code);
    await sender.inTransaction(em, reg.phone, text, now);
    return row;
  });
  try {
    await sender.afterCommit(reg.phone, text);
  } catch (err) {
    log?.error({ err, challengeId }, 'SMS provider refused the code; challenge withdrawn');
    await db.manager.delete(PhoneChallengeEntity, { id: challengeId });
    throw serviceUnavailable('the code could not be sent to the phone; try again shortly', { service: 'union' }, '验证码未能发送到手机，请稍后重试');
  }
  return challenge;
}

/** Codes left to try on a challenge. */
export const attemptsLeft = (c: PhoneChallengeRow) => Math.max(0, MAX_CODE_ATTEMPTS - c.attempts);

/** Too many codes for one phone: RATE_LIMITED with the seconds to wait. */
function tooManyCodes(retryAfterSeconds: number): GraphQLError {
  return new GraphQLError(`too many codes sent to this phone; try again in ${retryAfterSeconds} s`, {
    extensions: { code: 'RATE_LIMITED', reason: 'CODES_PER_PHONE', retryAfterSeconds },
  });
}
