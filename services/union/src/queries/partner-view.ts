import type { Principal } from '@nef/kit';
import { parseScopes } from '../rules/consent';
import type { PartnerView } from '../rules/union-records';
import type { Loaders } from './loaders';

/**
 * The partner's view of the worker's union records: its platform, and whether the worker's
 * standing consent to it includes SHARE_UNION_RECORDS. Null for anyone who is not a partner.
 */
export async function partnerViewOf(loaders: Loaders, p: Principal, workerId: string): Promise<PartnerView | null> {
  if (p.role !== 'partner' || !p.platform) return null;
  const consents = await loaders.consentsByWorker.load(workerId);
  const consent = consents.find((c) => c.platformCode === p.platform);
  return { platform: p.platform, shared: !!consent && parseScopes(consent.scopes).includes('SHARE_UNION_RECORDS') };
}
