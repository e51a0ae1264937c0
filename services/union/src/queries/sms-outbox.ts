import { forbidden, pageSize, type Database, type Principal } from '@nef/kit';
import { SmsMessageEntity, type SmsMessageRow } from '../entities';
import { normalizePhone } from '../rules/phone';
import type { PhoneCipher } from '../rules/phone-cipher';

/** The development outbox for one number, newest first: admins only, since the texts carry codes. */
export function readSmsOutbox(db: Database, phones: PhoneCipher, p: Principal, phone: string, first: number | null | undefined): Promise<SmsMessageRow[]> {
  if (p.role !== 'admin') throw forbidden('only admins read the SMS outbox', '只有管理员可以查看短信发件箱');
  const n = pageSize(first, 10);
  if (n === 0) return Promise.resolve([]);
  return db.manager.find(SmsMessageEntity, { where: { phoneHash: phones.hash(normalizePhone(phone)) }, order: { createdAt: 'DESC', id: 'DESC' }, take: n });
}
