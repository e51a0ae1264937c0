import type { DistrictRow } from '../entities/district';
import type { Context } from './context';

export const District = {
  // Other subgraphs send a code only; a code not in the catalogue resolves to null.
  __resolveReference: (ref: { code: string } & Partial<DistrictRow>, ctx: Context) =>
    ref.name ? ref : ctx.loaders.district.load(ref.code),
};
