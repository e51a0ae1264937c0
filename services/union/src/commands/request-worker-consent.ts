import { forbidden, type Database, type Logger, type Principal } from '@nef/kit';
import { PlatformAccountEntity, type PhoneChallengeRow } from '../entities';
import { MAX_CODE_ATTEMPTS, accountAlreadyLinked, codeMessage, scopesOf } from '../rules/consent';
import { actorOf } from '../rules/history-actor';
import type { PhoneCipher } from '../rules/phone-cipher';
import { checkRegistration, type RegisterWorkerInput } from '../rules/worker-registration';
import type { SmsSender } from '../sms/sender';
import { sendChallenge } from './support/challenges';

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
  return sendChallenge(
    db,
    phones,
    sender,
    {
      platformCode: account.platform,
      externalId: account.externalId,
      phone: reg.phone,
      name: reg.name,
      occupation: reg.occupation,
      districtCode: reg.districtCode,
      streetCode: reg.streetCode,
      scopes: scopesOf(scopes).join(','),
      purpose: 'LINK',
      workerId: null,
      requestedBy: actorOf(p),
      message: codeMessage,
      async check(em) {
        if (await em.findOne(PlatformAccountEntity, { where: { platformCode: account.platform, externalId: account.externalId } })) {
          throw accountAlreadyLinked(account);
        }
      },
    },
    now,
    log,
  );
}

/** Codes left to try on a challenge. */
export const attemptsLeft = (c: PhoneChallengeRow) => Math.max(0, MAX_CODE_ATTEMPTS - c.attempts);
