import { EntitySchema } from 'typeorm';
import { idColumn, timeColumn } from './columns';

/**
 * A text message the development sender kept instead of sending (`SMS_SENDER=outbox`): the
 * local outbox an admin reads (`smsOutbox`), so that the demo and the tests work offline. A real
 * provider (`SMS_SENDER=http`) leaves this table empty.
 */
export interface SmsMessageRow {
  id: string;
  phoneHash: string;
  phoneEnc: string;
  text: string;
  createdAt: Date;
}

export const SmsMessageEntity = new EntitySchema<SmsMessageRow>({
  name: 'SmsMessage',
  tableName: 'sms_outbox',
  columns: {
    id: idColumn('id', true),
    phoneHash: { name: 'phone_hash', type: 'varchar', length: 64 },
    phoneEnc: { name: 'phone_enc', type: 'varchar', length: 128 },
    text: { name: 'text', type: 'varchar', length: 500 },
    createdAt: timeColumn('created_at'),
  },
  indices: [{ name: 'IDX_sms_outbox_phone_created', columns: ['phoneHash', 'createdAt'] }],
});
