import { convert, type Crs } from '@nef/kit';
import type { StationRow } from '../entities/station';
import { isOpenAt } from '../domain/hours';
import type { Context } from './context';

export const Station = {
  __resolveReference: (ref: { id: string }, ctx: Context) => ctx.loaders.station.load(ref.id),
  district: (s: StationRow, _: unknown, ctx: Context) => ctx.loaders.district.load(s.districtCode),
  location: (s: StationRow, args: { crs: Crs }) => convert({ lat: s.lat, lng: s.lng }, 'WGS84', args.crs),
  amenities: async (s: StationRow, _: unknown, ctx: Context) => (await ctx.loaders.amenities.load(s.id)).map((a) => a.amenity),
  isOpen: (s: StationRow, args: { at?: Date | null }) => isOpenAt(s, args.at ?? new Date()),
};
