import type { ConsentResolvers, ConsentMethod, ConsentScope, PhoneChallengeResolvers, SmsMessageResolvers } from '../generated/resolvers';
import { attemptsLeft } from '../commands/request-worker-consent';
import { parseScopes } from '../rules/consent';
import { actorFor } from '../rules/history-actor';
import { maskPhone } from '../rules/phone';
import { phones } from '../settings';
import type { Ctx } from './context';

/** Platforms are never deleted, and consents and challenges name only existing ones. */
async function platformOf(code: string, ctx: Ctx) {
  const platform = await ctx.loaders.platformByCode.load(code);
  if (!platform) throw new Error(`a consent record names missing platform ${code}`);
  return platform;
}

export const Consent: ConsentResolvers = {
  platform: (c, _args, ctx) => platformOf(c.platformCode, ctx),
  scopes: (c) => parseScopes(c.scopes) as ConsentScope[],
  method: (c) => c.method as ConsentMethod,
  grantedBy: (c, _args, ctx) => actorFor(ctx.principal, c.grantedBy),
  revokedBy: (c, _args, ctx) => (c.revokedBy == null || c.revokedBy === 'superseded' ? c.revokedBy : actorFor(ctx.principal, c.revokedBy)),
};

export const PhoneChallenge: PhoneChallengeResolvers = {
  phone: (c) => maskPhone(phones.decrypt(c.phoneEnc)),
  platform: (c, _args, ctx) => platformOf(c.platformCode, ctx),
  scopes: (c) => parseScopes(c.scopes) as ConsentScope[],
  attemptsLeft: (c) => attemptsLeft(c),
};

export const SmsMessage: SmsMessageResolvers = {
  phone: (m) => phones.decrypt(m.phoneEnc),
  sentAt: (m) => m.createdAt,
};
