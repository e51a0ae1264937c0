import { createHmac, randomInt, timingSafeEqual } from 'node:crypto';
import { AppError, ErrorCode, badUserInput, type Principal } from '@nef/kit/rules';

/**
 * What a worker lets a platform do (ConsentScope):
 * - ACT_FOR_WORKER: hold the account and act for the worker in every service (always given:
 *   without it there is no link);
 * - SHARE_UNION_RECORDS: also see the worker's assistance cases and membership history made
 *   through other platforms, with their reasons (without it, only what was made through it).
 */
export const CONSENT_SCOPES = ['ACT_FOR_WORKER', 'SHARE_UNION_RECORDS'] as const;
export type ConsentScope = (typeof CONSENT_SCOPES)[number];

/** How long a code may be used. */
export const CODE_TTL_MS = 10 * 60_000;
/** Wrong codes allowed per challenge; then it is spent. */
export const MAX_CODE_ATTEMPTS = 5;
/** Codes sent to one phone: at most one a minute for each platform and purpose, and this many a day in all. */
export const CODES_PER_PHONE_PER_DAY = 10;
export const CODE_RESEND_MS = 60_000;

/**
 * The scopes asked for, in the enum's order, ACT_FOR_WORKER always among them; stored as a
 * comma-separated list.
 */
export function scopesOf(asked: readonly string[] | null | undefined): ConsentScope[] {
  const set = new Set<string>(['ACT_FOR_WORKER', ...(asked ?? [])]);
  for (const s of set) {
    if (!(CONSENT_SCOPES as readonly string[]).includes(s)) throw badUserInput(`unknown consent scope ${s}`, { field: 'scopes' });
  }
  return CONSENT_SCOPES.filter((s) => set.has(s));
}

export const parseScopes = (stored: string): ConsentScope[] => CONSENT_SCOPES.filter((s) => stored.split(',').includes(s));

/** A six-digit code, uniformly drawn. */
export const newCode = (): string => String(randomInt(0, 1_000_000)).padStart(6, '0');

/** The code's keyed hash, bound to its challenge so that a hash from one challenge is worth nothing in another. */
export function codeHash(key: Buffer, challengeId: string, code: string): string {
  return createHmac('sha256', key).update(`${challengeId}:${code}`).digest('hex');
}

export function codeMatches(key: Buffer, challengeId: string, code: string, stored: string): boolean {
  const a = Buffer.from(codeHash(key, challengeId, code), 'hex');
  const b = Buffer.from(stored, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}

/** A code as typed: six digits, spaces ignored. */
export function requireCode(code: string): string {
  const digits = code.replace(/\s/g, '');
  if (!/^\d{6}$/.test(digits)) throw consentError(ErrorCode.BAD_USER_INPUT, 'CODE_MALFORMED', 'code must be the six digits sent to the phone', '验证码须为发送到手机的6位数字');
  return digits;
}

/** The text a worker receives: who asks, what for, the code and how long it lasts. */
export function codeMessage(platformName: string, code: string): string {
  return `【新就业形态服务】${platformName}请求关联您的账号并代您查询、办理工会、培训、驿站和城市治理服务。验证码${code}，10分钟内有效。如非本人操作，请勿告知他人。`;
}

/**
 * The text a worker receives when a platform asks to close her account: who asks, that her data
 * in every service is deleted, the code and how long it lasts. Giving the code is her consent.
 */
export function closureMessage(platformName: string, code: string): string {
  return `【新就业形态服务】${platformName}请求注销您的账号，并删除您在工会、培训、驿站和城市治理服务中的个人信息。验证码${code}，10分钟内有效。如非本人操作，请勿告知他人。`;
}

/**
 * A refusal of the consent flow: its extensions carry `reason`, a stable code within the
 * general one (CODE_WRONG, CODE_EXPIRED, CODE_USED, CODE_ATTEMPTS_EXCEEDED, CHALLENGE_NOT_FOUND,
 * CONSENT_REQUIRED, CONSENT_NOT_FOUND, CODE_MALFORMED, CLOSURE_CODE_REQUIRED).
 */
export function consentError(code: ErrorCode, reason: string, message: string, zh: string, extra: Record<string, unknown> = {}): AppError {
  return new AppError(code, message, { reason, ...extra }, zh);
}

/** Partners need the worker's consent to register or link; refusal for the old, direct routes. */
export function consentRequired(p: Principal): AppError {
  return consentError(
    ErrorCode.FORBIDDEN,
    'CONSENT_REQUIRED',
    `${p.platform ?? 'a partner'} registers or links a worker only with the worker's consent: call requestWorkerConsent, then confirmWorkerConsent with the code sent to the worker's phone`,
    `合作平台须经劳动者同意才能登记或关联账号：请先调用requestWorkerConsent，再以发送到劳动者手机的验证码调用confirmWorkerConsent`,
  );
}

/** A consent that stands from `grantedAt` (not withdrawn): the row as the consents table keeps it. */
export function consentRow(c: { id: string; workerId: string; platformCode: string; scopes: string; method: string; challengeId?: string | null; grantedAt: Date; grantedBy: string }) {
  return { ...c, challengeId: c.challengeId ?? null, revokedAt: null, revokedBy: null };
}

/**
 * The consent row of an account linked before consents were recorded (the migration's, the demo
 * data's, the generated data sets'): method LEGACY, every scope, given when the account was linked.
 */
export function legacyConsent(id: string, workerId: string, platformCode: string, linkedAt: Date) {
  return consentRow({ id, workerId, platformCode, scopes: CONSENT_SCOPES.join(','), method: 'LEGACY', grantedAt: linkedAt, grantedBy: 'system' });
}

/** The platform's account is already linked to a worker (CONFLICT): the platform reads it with workerByPlatformAccount. */
export const accountAlreadyLinked = (account: { platform: string; externalId: string }) =>
  consentError(
    ErrorCode.CONFLICT,
    'ACCOUNT_ALREADY_LINKED',
    `account ${account.externalId} on ${account.platform} is already linked to a worker; read it with workerByPlatformAccount`,
    `${account.platform}账号${account.externalId}已关联劳动者，可用workerByPlatformAccount查询`,
  );

/** The refusals of a code checked against its challenge, the same wherever a code is given back. */
export const codeUsed = () => consentError(ErrorCode.CONFLICT, 'CODE_USED', 'this code has already been used', '该验证码已使用');
export const codeExpired = () => consentError(ErrorCode.BAD_USER_INPUT, 'CODE_EXPIRED', 'this code has expired; ask for a new one', '验证码已过期，请重新获取');
export const codeAttemptsExceeded = () =>
  consentError(ErrorCode.BAD_USER_INPUT, 'CODE_ATTEMPTS_EXCEEDED', 'too many wrong codes; ask for a new one', '验证码错误次数过多，请重新获取');
export const codeWrong = (left: number) =>
  consentError(ErrorCode.BAD_USER_INPUT, 'CODE_WRONG', `wrong code; ${left} attempts left`, `验证码错误，还可尝试${left}次`, { attemptsLeft: left });
