import { pageSize, type Database, type Principal } from '@nef/kit';
import { ConsultationEntity } from '../entities';
import { consultationPlatform } from '../rules/consultation-visibility';
import { keysetPage } from './pages';

/** The consultations the caller may read (rules/consultation-visibility), most recently held first. */
export function listConsultations(db: Database, p: Principal, platform: string | null | undefined, first: number | null | undefined) {
  const code = consultationPlatform(p, platform);
  const n = pageSize(first);
  if (n === 0) return Promise.resolve([]);
  return db.manager.find(ConsultationEntity, {
    where: code == null ? {} : { platformCode: code },
    order: { heldAt: 'DESC', id: 'DESC' },
    take: n,
  });
}

/** `listConsultations` page by page: most recently held first, then by id. */
export function pageConsultations(db: Database, p: Principal, args: { platform?: string | null; first?: number | null; after?: string | null }) {
  const code = consultationPlatform(p, args.platform);
  const qb = db.manager.createQueryBuilder(ConsultationEntity, 'c');
  if (code != null) qb.where('c.platform_code = :code', { code });
  return keysetPage(qb, { table: 'consultations', alias: 'c', column: 'held_at', key: 'id', direction: 'DESC', uuidKeys: true }, args, (c) => c.id, 10);
}
