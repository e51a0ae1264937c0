import { optionalText } from '@nef/kit/rules';

/** Why a membership was withdrawn or lapsed: at most 200 characters, trimmed; blank is none. */
export function membershipReason(reason: string | null | undefined): string | null {
  return optionalText('reason', reason, { min: 0, max: 200 }) || null;
}
