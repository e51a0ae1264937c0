import type { PlatformAccountResolvers } from '../generated/resolvers';

export const PlatformAccount: PlatformAccountResolvers = {
  async platform(a, _args, ctx) {
    const platform = await ctx.loaders.platformByCode.load(a.platformCode);
    if (!platform) throw new Error(`account ${a.id} names missing platform ${a.platformCode}`);
    return platform;
  },
};
