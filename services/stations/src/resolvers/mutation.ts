import { badUserInput, newId, requireManager } from '@nef/kit';
import { StationAmenityEntity, StationEntity, type StationRow } from '../entities/station';
import { validateNewStation, type CreateStationInput } from '../domain/station-input';
import type { Context } from './context';

export const Mutation = {
  async createStation(_: unknown, args: { input: CreateStationInput }, ctx: Context) {
    requireManager(ctx.principal, 'stations', args.input.districtCode);
    const input = validateNewStation(args.input);
    if (!(await ctx.loaders.district.load(input.districtCode))) {
      throw badUserInput(`districtCode ${input.districtCode} is not in the district catalogue`, { field: 'districtCode' });
    }
    const now = new Date();
    const row: StationRow = {
      id: newId(),
      name: input.name,
      kind: input.kind,
      status: 'ACTIVE',
      address: input.address,
      districtCode: input.districtCode,
      subdistrict: input.subdistrict,
      lat: input.location.lat,
      lng: input.location.lng,
      open24h: input.open24h,
      openingHours: input.openingHours,
      openingExceptions: input.openingExceptions,
      capacity: input.capacity,
      operator: input.operator,
      contactPhone: input.contactPhone,
      createdAt: now,
      updatedAt: now,
    };
    await ctx.db.transaction(async (em) => {
      await em.insert(StationEntity, row);
      if (input.amenities.length) {
        await em.insert(StationAmenityEntity, input.amenities.map((amenity) => ({ stationId: row.id, amenity })));
      }
    });
    return row;
  },
};

