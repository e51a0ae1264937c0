import { badUserInput, canManage, isId, notFound, requireManager, targetWorker } from '@nef/kit';
import { addMerchantOffer } from '../commands/add-merchant-offer';
import { createStation } from '../commands/create-station';
import { importStationsFile } from '../commands/import-stations';
import { updateMerchantOffer } from '../commands/update-merchant-offer';
import { withdrawMerchantOffer } from '../commands/withdraw-merchant-offer';
import { findOffer } from '../queries/offers';
import { recordVisit } from '../commands/record-visit';
import { updateStation } from '../commands/update-station';
import type { MutationResolvers } from '../generated/resolvers';
import { checkIdempotencyKey, checkVisitTime } from '../rules/visit-retention';
import { settings } from '../settings';
import type { Ctx } from './context';

async function stationOrNotFound(ctx: Ctx, id: string, field = 'id') {
  const station = await ctx.loaders.station.load(id);
  if (!station) throw notFound(`no station with ${field} ${id}`);
  return station;
}

/** The offer's station, once the caller is found to manage it; NOT_FOUND for an unknown offer. */
async function offerManagedBy(ctx: Ctx, id: string) {
  const offer = isId(id) ? await findOffer(ctx.db, id) : null;
  if (!offer) throw notFound(`no offer with id ${id}`);
  const station = (await ctx.loaders.station.load(offer.stationId))!;
  requireManager(ctx.principal, 'stations', station.districtCode);
  return station;
}

export const Mutation: MutationResolvers = {
  async createStation(_, args, ctx) {
    requireManager(ctx.principal, 'stations', args.input.districtCode);
    return createStation(ctx.db, args.input, ctx.now);
  },

  /** Admins and stations operators of the station's district change any of its fields, status included. */
  async updateStation(_, args, ctx) {
    const existing = await stationOrNotFound(ctx, args.id);
    requireManager(ctx.principal, 'stations', existing.districtCode);
    const updated = await updateStation(ctx.db, args.id, args.input, ctx.now);
    ctx.loaders.station.clear(updated.id).prime(updated.id, updated);
    ctx.loaders.amenities.clear(updated.id);
    return updated;
  },

  async addMerchantOffer(_, args, ctx) {
    if (!isId(args.stationId)) throw notFound(`no station with stationId ${args.stationId}`);
    const station = await stationOrNotFound(ctx, args.stationId, 'stationId');
    requireManager(ctx.principal, 'stations', station.districtCode);
    return addMerchantOffer(ctx.db, station.id, args.input, ctx.now);
  },

  /** Admins, and stations operators for the stations of their key's districts. */
  async importStations(_, args, ctx) {
    requireManager(ctx.principal, 'stations');
    return importStationsFile(
      ctx.db,
      { format: args.format, content: args.content, crs: args.crs ?? 'GCJ02', dryRun: args.dryRun ?? false },
      (district) => canManage(ctx.principal, 'stations', district),
      ctx.now,
    );
  },

  /** Admins and stations operators of the district of the offer's station. */
  async updateMerchantOffer(_, args, ctx) {
    await offerManagedBy(ctx, args.id);
    return updateMerchantOffer(ctx.db, args.id, args.input, ctx.now);
  },

  async withdrawMerchantOffer(_, args, ctx) {
    await offerManagedBy(ctx, args.id);
    return withdrawMerchantOffer(ctx.db, args.id, ctx.now);
  },

  /**
   * A partner records a check-in for the worker it acts for; a stations operator (of the
   * station's district) or an admin names the worker.
   */
  async recordVisit(_, args, ctx) {
    const workerId = targetWorker(ctx.principal, 'stations', args.workerId);
    if (!isId(workerId)) throw badUserInput(`workerId must be a worker id (UUID), got "${workerId}"`, { field: 'workerId' });
    const idempotencyKey = checkIdempotencyKey(args.idempotencyKey);
    const station = await stationOrNotFound(ctx, args.stationId, 'stationId');
    if (ctx.principal.role !== 'partner') requireManager(ctx.principal, 'stations', station.districtCode);
    const at = args.at ?? ctx.now;
    checkVisitTime(at, ctx.now, settings.visitRetentionDays);
    return recordVisit(ctx.db, { station, workerId, at, idempotencyKey }, ctx.now);
  },
};
