import type { SubgraphContext } from '@nef/kit';
import type { PlatformAccountRow } from '../entities';
import type { Loaders } from '../loaders';

type Ctx = SubgraphContext<Loaders>;

export const PlatformAccount = {
  async platform(a: PlatformAccountRow, _: unknown, ctx: Ctx) {
    const platform = await ctx.loaders.platformByCode.load(a.platformCode);
    if (!platform) throw new Error(`account ${a.id} names missing platform ${a.platformCode}`);
    return platform;
  },
};
