import { conflict, forbidden, isAdmin, isUniqueViolation, requireText, type Database, type Principal } from '@nef/kit';
import { PlatformEntity, type PlatformRow } from '../entities';
import { requirePlatformCode } from '../rules/platform-account';

/** Admins add a partner platform; its code is what API keys and platform accounts name. */
export async function createPlatform(db: Database, p: Principal, code: string, name: string, now: Date): Promise<PlatformRow> {
  if (!isAdmin(p)) throw forbidden('only admins may add platforms');
  const row: PlatformRow = { code: requirePlatformCode(code), name: requireText('name', name, { max: 50 }), createdAt: now };
  const exists = () => conflict(`platform ${row.code} already exists`);
  try {
    return await db.transaction(async (em) => {
      if (await em.findOne(PlatformEntity, { where: { code: row.code } })) throw exists();
      await em.insert(PlatformEntity, row);
      return row;
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw exists();
    throw err;
  }
}
