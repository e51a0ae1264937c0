import { pageSize, type Database } from '@nef/kit';
import type { SelectQueryBuilder } from 'typeorm';
import { AssistanceCaseEntity, type AssistanceCaseRow } from '../entities';
import type { PartnerView } from '../rules/union-records';
import { keysetPage } from './pages';

/** Whose cases a list reads: one worker's (null: everyone's), and for a partner only what rules/union-records lets it see. */
export interface CaseScope {
  workerId: string | null;
  view?: PartnerView | null;
}

/** `partner:<platform>` or `partner:<platform>:<key>`, as LIKE patterns with `!` escaping `_` and `%`. */
const escapeLike = (s: string) => s.replace(/[!%_]/g, (c) => `!${c}`);

function scoped(qb: SelectQueryBuilder<AssistanceCaseRow>, scope: CaseScope, status: string | null | undefined) {
  if (scope.workerId != null) qb.andWhere('a.worker_id = :workerId', { workerId: scope.workerId });
  if (status != null) qb.andWhere('a.status = :status', { status });
  const view = scope.view;
  if (view) {
    qb.andWhere('(a.against_platform IS NULL OR a.against_platform <> :viewPlatform)', { viewPlatform: view.platform });
    if (!view.shared) {
      qb.andWhere(`(a.opened_by = :viaExact OR a.opened_by LIKE :viaPrefix ESCAPE '!')`, {
        viaExact: `partner:${view.platform}`,
        viaPrefix: `partner:${escapeLike(view.platform)}:%`,
      });
    }
  }
  return qb;
}

/** Cases, most recently opened first, as the scope allows, optionally in one status. */
export function listCases(db: Database, scope: CaseScope, status: string | null | undefined, first: number | null | undefined) {
  const n = pageSize(first);
  if (n === 0) return Promise.resolve([]);
  return scoped(db.manager.createQueryBuilder(AssistanceCaseEntity, 'a'), scope, status)
    .orderBy('a.opened_at', 'DESC')
    .addOrderBy('a.id', 'DESC')
    .take(n)
    .getMany();
}

/** `listCases` page by page: most recently opened first, then by id. */
export function pageCases(db: Database, scope: CaseScope, args: { status?: string | null; first?: number | null; after?: string | null }) {
  const qb = scoped(db.manager.createQueryBuilder(AssistanceCaseEntity, 'a'), scope, args.status);
  return keysetPage(qb, { table: 'assistance_cases', alias: 'a', column: 'opened_at', key: 'id', direction: 'DESC', uuidKeys: true }, args, (c) => c.id);
}
