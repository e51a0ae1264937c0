import type { RoleKind } from './vocabulary';

/**
 * The key a held role carries (cleared when it ends): a unique index on it lets a worker hold a
 * given role at a community once at a time, also when two assignments race.
 */
export const activeRoleKey = (workerId: string, communityId: string, role: RoleKind) => `${workerId}:${communityId}:${role}`;
