import { badUserInput, forbidden, type Principal, requireCounty, requireStreetIn, requireText } from '@nef/kit/rules';
import { normalizePhone } from './phone';
import { requireExternalId } from './platform-account';
import { isUnionStaff } from './union-staff';

export interface RegisterWorkerInput {
  name: string;
  phone: string;
  occupation: string;
  districtCode: string;
  streetCode?: string | null;
  platformExternalId?: string | null;
}

export interface Registration {
  name: string;
  /** Normalised: 11 digits. */
  phone: string;
  occupation: string;
  districtCode: string;
  /** Nine digits, inside the district; null when not given. */
  streetCode: string | null;
  /** The calling partner's account, linked at registration. */
  account?: { platform: string; externalId: string };
}

/**
 * Who may register and what: a partner with the worker's account on its own platform (the
 * platform comes from the key, never the input), union staff without one. A name of 1 to 50
 * characters, a mainland mobile number, a county code of the national catalogue and, if
 * given, a street code inside that county.
 */
export function checkRegistration(p: Principal, input: RegisterWorkerInput): Registration {
  let account: Registration['account'];
  if (p.role === 'partner' && p.platform) {
    if (input.platformExternalId == null) {
      throw badUserInput('partners must give platformExternalId: the worker’s account id on your platform', {
        field: 'platformExternalId',
      });
    }
    account = { platform: p.platform, externalId: requireExternalId(input.platformExternalId) };
  } else if (isUnionStaff(p)) {
    if (input.platformExternalId != null) {
      throw badUserInput('platformExternalId is for partners registering on their platform; leave it out', {
        field: 'platformExternalId',
      });
    }
  } else {
    throw forbidden('only partners, union operators and admins may register workers');
  }
  const name = requireText('name', input.name, { max: 50 });
  const phone = normalizePhone(input.phone);
  const districtCode = requireCounty('districtCode', input.districtCode);
  return {
    name,
    phone,
    occupation: input.occupation,
    districtCode,
    streetCode: input.streetCode == null ? null : requireStreetIn('streetCode', input.streetCode, districtCode),
    account,
  };
}
