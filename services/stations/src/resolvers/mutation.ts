import { badUserInput, conflict, isId, newId, notFound, requireManager, targetWorker } from '@nef/kit';
import { settings } from '../config';
import { MerchantOfferEntity, type MerchantOfferRow } from '../entities/offer';
import { StationAmenityEntity, StationEntity } from '../entities/station';
import { validateOffer, type MerchantOfferInput } from '../domain/offers';
import {
  applyUpdate,
  newStationRows,
  unknownDistrict,
  validateNewStation,
  type CreateStationInput,
  type UpdateStationInput,
} from '../domain/station-input';
import { checkIdempotencyKey, checkVisitTime, recordVisit } from '../domain/visits';
import type { Context } from './context';

async function stationOrNotFound(ctx: Context, id: string, field = 'id') {
  const station = await ctx.loaders.station.load(id);
  if (!station) throw notFound(`no station with ${field} ${id}`);
  return station;
}

export const Mutation = {
  async createStation(_: unknown, args: { input: CreateStationInput }, ctx: Context) {
    requireManager(ctx.principal, 'stations', args.input.districtCode);
    const input = validateNewStation(args.input);
    if (!(await ctx.loaders.district.load(input.districtCode))) throw unknownDistrict(input.districtCode);
    const { row, amenities } = newStationRows(input, newId(), new Date());
    await ctx.db.transaction(async (em) => {
      await em.insert(StationEntity, row);
      if (amenities.length) await em.insert(StationAmenityEntity, amenities);
    });
    return row;
  },

  /** Admins and stations operators of the station's district change any of its fields, status included. */
  async updateStation(_: unknown, args: { id: string; input: UpdateStationInput }, ctx: Context) {
    const existing = await stationOrNotFound(ctx, args.id);
    requireManager(ctx.principal, 'stations', existing.districtCode);
    const updated = await ctx.db.transaction(async (em) => {
      const q = em.getRepository(StationEntity).createQueryBuilder('s').where('s.id = :id', { id: args.id });
      if (ctx.db.lockMode) q.setLock(ctx.db.lockMode);
      const current = (await q.getOne())!;
      const amenities = (await em.findBy(StationAmenityEntity, { stationId: args.id })).map((a) => a.amenity);
      const { station, status, amenitiesChanged } = applyUpdate(current, amenities, args.input);
      const next = newStationRows(station, current.id, current.createdAt, status);
      next.row.updatedAt = new Date();
      const { id: _id, createdAt: _created, ...fields } = next.row;
      await em.update(StationEntity, { id: current.id }, fields);
      if (amenitiesChanged) {
        await em.delete(StationAmenityEntity, { stationId: current.id });
        if (next.amenities.length) await em.insert(StationAmenityEntity, next.amenities);
      }
      return next.row;
    });
    ctx.loaders.station.clear(updated.id).prime(updated.id, updated);
    ctx.loaders.amenities.clear(updated.id);
    return updated;
  },

  async addMerchantOffer(_: unknown, args: { stationId: string; input: MerchantOfferInput }, ctx: Context) {
    const station = await stationOrNotFound(ctx, args.stationId, 'stationId');
    requireManager(ctx.principal, 'stations', station.districtCode);
    if (station.status === 'CLOSED') throw conflict(`station ${station.id} is CLOSED; reopen it before adding offers`);
    const now = new Date();
    const offer: MerchantOfferRow = { id: newId(), stationId: station.id, ...validateOffer(args.input, now), createdAt: now };
    await ctx.db.transaction((em) => em.insert(MerchantOfferEntity, offer));
    return offer;
  },

  /**
   * A partner records a check-in for the worker it acts for; a stations operator (of the
   * station's district) or an admin names the worker.
   */
  async recordVisit(
    _: unknown,
    args: { stationId: string; workerId?: string | null; at?: Date | null; idempotencyKey?: string | null },
    ctx: Context,
  ) {
    const workerId = targetWorker(ctx.principal, 'stations', args.workerId);
    if (!isId(workerId)) throw badUserInput(`workerId must be a worker id (UUID), got "${workerId}"`, { field: 'workerId' });
    const idempotencyKey = checkIdempotencyKey(args.idempotencyKey);
    const station = await stationOrNotFound(ctx, args.stationId, 'stationId');
    if (ctx.principal.role !== 'partner') requireManager(ctx.principal, 'stations', station.districtCode);
    const at = args.at ?? new Date();
    checkVisitTime(at, new Date(), settings.visitRetentionDays);
    return recordVisit(ctx.db, { station, workerId, at, idempotencyKey });
  },
};
