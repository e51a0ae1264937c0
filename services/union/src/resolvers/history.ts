import type { SubgraphContext } from '@nef/kit';
import { actorFor } from '../domain/access';
import type { Loaders } from '../loaders';

type Ctx = SubgraphContext<Loaders>;

/** Status-history rows of every kind show their actor as the caller may see it. */
const actor = (row: { actor: string }, _: unknown, ctx: Ctx) => actorFor(ctx.principal, row.actor);

export const MembershipEvent = { actor };
export const MeasureStatusChange = { actor };
export const CaseStatusChange = { actor };
