import type { EntityManager } from 'typeorm';
import { GraphQLError } from 'graphql';
import { MoreThan } from 'typeorm';
import { Mutex, badUserInput, newId, serviceUnavailable, type Database, type Logger } from '@nef/kit';
import { PhoneChallengeEntity, PlatformEntity, type ChallengePurpose, type PhoneChallengeRow } from '../../entities';
import {
  CODES_PER_PHONE_PER_DAY,
  CODE_RESEND_MS,
  CODE_TTL_MS,
  MAX_CODE_ATTEMPTS,
  codeAttemptsExceeded,
  codeExpired,
  codeHash,
  codeMatches,
  codeWrong,
  newCode,
} from '../../rules/consent';
import type { PhoneCipher } from '../../rules/phone-cipher';
import type { SmsSender } from '../../sms/sender';

/** What a challenge carries besides its code: who asks, for what, and what to text. */
export interface ChallengeRequest {
  platformCode: string;
  externalId: string;
  /** The whole number, normalised. */
  phone: string;
  name: string;
  occupation: string;
  districtCode: string;
  streetCode: string | null;
  scopes: string;
  purpose: ChallengePurpose;
  workerId: string | null;
  requestedBy: string;
  /** The text that carries the code, given the platform's name. */
  message: (platformName: string, code: string) => string;
  /** Refusals decided in the transaction before anything is written (throw to refuse). */
  check?: (em: EntityManager) => Promise<void>;
}

/**
 * Makes a challenge and texts its code: in one transaction the rate limits are checked, the
 * challenge kept and (the development sender) the message kept; the provider is called once that
 * has committed, and the challenge withdrawn when it cannot take the message (SERVICE_UNAVAILABLE).
 *
 * The limits are read and the row inserted under a lock of the phone, so concurrent requests for
 * one number are counted one after another: without it, each would read the same recent codes
 * and all would pass. Within a process the kit's Mutex queues them (per phone hash), so they do
 * not pile up on the database; across instances, the phone's row in phone_code_locks, locked
 * first in the transaction (MySQL; SQLite serialises write transactions anyway).
 */
export async function sendChallenge(db: Database, phones: PhoneCipher, sender: SmsSender, req: ChallengeRequest, now: Date, log?: Logger): Promise<PhoneChallengeRow> {
  const phoneHash = phones.hash(req.phone);
  const code = newCode();
  const challengeId = newId();
  let text = '';
  const challenge = await perPhone(phoneHash, () =>
    db.transaction(async (em) => {
      await lockPhone(em, phoneHash);
      const platform = await em.findOne(PlatformEntity, { where: { code: req.platformCode } });
      if (!platform) throw badUserInput(`platform ${req.platformCode} is not registered; an admin must create it first`);
      await req.check?.(em);
      const recent = await em.find(PhoneChallengeEntity, {
        where: { phoneHash, createdAt: MoreThan(new Date(now.getTime() - 24 * 3600_000)) },
        order: { createdAt: 'DESC' },
      });
      // One a minute for each platform and purpose: a code to link and then one to close are two asks.
      const last = recent.find((c) => c.platformCode === req.platformCode && c.purpose === req.purpose);
      if (last && now.getTime() - last.createdAt.getTime() < CODE_RESEND_MS) {
        throw tooManyCodes(Math.ceil((CODE_RESEND_MS - (now.getTime() - last.createdAt.getTime())) / 1000));
      }
      if (recent.length >= CODES_PER_PHONE_PER_DAY) {
        const oldest = recent[recent.length - 1]!;
        throw tooManyCodes(Math.ceil((oldest.createdAt.getTime() + 24 * 3600_000 - now.getTime()) / 1000));
      }
      const row: PhoneChallengeRow = {
        id: challengeId,
        platformCode: req.platformCode,
        externalId: req.externalId,
        phoneHash,
        phoneEnc: phones.encrypt(req.phone),
        name: req.name,
        occupation: req.occupation,
        districtCode: req.districtCode,
        streetCode: req.streetCode,
        scopes: req.scopes,
        codeHash: codeHash(phones.codeKey, challengeId, code),
        createdAt: now,
        expiresAt: new Date(now.getTime() + CODE_TTL_MS),
        attempts: 0,
        confirmedAt: null,
        workerId: req.workerId,
        requestedBy: req.requestedBy,
        purpose: req.purpose,
      };
      await em.insert(PhoneChallengeEntity, row);
      text = req.message(platform.name, code);
      await sender.inTransaction(em, req.phone, text, now);
      return row;
    }),
  );
  try {
    await sender.afterCommit(req.phone, text);
  } catch (err) {
    log?.error({ err, challengeId }, 'SMS provider refused the code; challenge withdrawn');
    await db.manager.delete(PhoneChallengeEntity, { id: challengeId });
    throw serviceUnavailable('the code could not be sent to the phone; try again shortly', { service: 'union' }, '验证码未能发送到手机，请稍后重试');
  }
  return challenge;
}

/**
 * Takes the phone's row lock on MySQL, first in the transaction (before any plain read, so that
 * the reads after it see what the previous holder committed); other instances of the service
 * asking for the same number wait here. SQLite runs one write transaction at a time anyway.
 */
async function lockPhone(em: EntityManager, phoneHash: string): Promise<void> {
  if (em.connection.options.type !== 'mysql') return;
  await em.query('INSERT IGNORE INTO phone_code_locks (phone_hash) VALUES (?)', [phoneHash]);
  await em.query('SELECT phone_hash FROM phone_code_locks WHERE phone_hash = ? FOR UPDATE', [phoneHash]);
}

const phoneLocks = new Map<string, { mutex: Mutex; holders: number }>();

/** Runs `fn` alone among the calls for one phone hash; the entry goes when its last holder leaves. */
async function perPhone<T>(phoneHash: string, fn: () => Promise<T>): Promise<T> {
  let entry = phoneLocks.get(phoneHash);
  if (!entry) {
    entry = { mutex: new Mutex(), holders: 0 };
    phoneLocks.set(phoneHash, entry);
  }
  entry.holders += 1;
  try {
    return await entry.mutex.run(fn);
  } finally {
    entry.holders -= 1;
    if (entry.holders === 0) phoneLocks.delete(phoneHash);
  }
}

/** Too many codes for one phone: RATE_LIMITED with the seconds to wait. */
function tooManyCodes(retryAfterSeconds: number): GraphQLError {
  return new GraphQLError(`too many codes sent to this phone; try again in ${retryAfterSeconds} s`, {
    extensions: { code: 'RATE_LIMITED', reason: 'CODES_PER_PHONE', retryAfterSeconds },
  });
}

/**
 * Checks a code given back against its challenge (locked by the caller, in its transaction):
 * CODE_ATTEMPTS_EXCEEDED after five wrong codes, CODE_EXPIRED after ten minutes, CODE_WRONG with
 * the attempts left, the wrong one counted. Returns the refusal rather than throwing it, so that
 * the caller's transaction commits the count; null when the code is right.
 */
export async function checkCode(em: EntityManager, phones: PhoneCipher, c: PhoneChallengeRow, typed: string, now: Date): Promise<Error | null> {
  if (c.attempts >= MAX_CODE_ATTEMPTS) return codeAttemptsExceeded();
  if (c.expiresAt.getTime() <= now.getTime()) return codeExpired();
  if (codeMatches(phones.codeKey, c.id, typed, c.codeHash)) return null;
  const attempts = c.attempts + 1;
  await em.update(PhoneChallengeEntity, { id: c.id }, { attempts });
  return attempts >= MAX_CODE_ATTEMPTS ? codeAttemptsExceeded() : codeWrong(MAX_CODE_ATTEMPTS - attempts);
}
