import { pageSize, type Database, type Principal } from '@nef/kit';
import { ConsultationEntity } from '../entities';
import { consultationPlatform } from '../rules/consultation-visibility';

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
