import { In } from 'typeorm';
import { groupLoader, rowLoader, type Database } from '@nef/kit';
import {
  MembershipEntity,
  PlatformAccountEntity,
  PlatformEntity,
  UnionBranchEntity,
  WorkerEntity,
  type MembershipRow,
  type PlatformAccountRow,
  type PlatformRow,
  type UnionBranchRow,
  type WorkerRow,
} from './entities';

/** Every loader of the service, created per request so nothing is cached across callers. */
export function createLoaders(db: Database) {
  const m = () => db.manager;
  return {
    workerById: rowLoader<string, WorkerRow>(
      (ids) => m().find(WorkerEntity, { where: { id: In([...ids]) } }),
      (w) => w.id,
    ),
    accountsByWorker: groupLoader<string, PlatformAccountRow>(
      (workerIds) =>
        m().find(PlatformAccountEntity, { where: { workerId: In([...workerIds]) }, order: { linkedAt: 'ASC', id: 'ASC' } }),
      (a) => a.workerId,
    ),
    membershipByWorker: rowLoader<string, MembershipRow>(
      (workerIds) => m().find(MembershipEntity, { where: { workerId: In([...workerIds]) } }),
      (ms) => ms.workerId,
    ),
    branchById: rowLoader<string, UnionBranchRow>(
      (ids) => m().find(UnionBranchEntity, { where: { id: In([...ids]) } }),
      (b) => b.id,
    ),
    platformByCode: rowLoader<string, PlatformRow>(
      (codes) => m().find(PlatformEntity, { where: { code: In([...codes]) } }),
      (pl) => pl.code,
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
