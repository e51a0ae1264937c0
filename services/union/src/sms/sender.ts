import type { EntityManager } from 'typeorm';
import { newId } from '@nef/kit';
import { SmsMessageEntity } from '../entities';
import type { PhoneCipher } from '../rules/phone-cipher';

/**
 * Sends a text message to a mainland mobile number. `inTransaction` runs inside the transaction
 * that made the code, so a code is never kept without its message, nor a message sent for a code
 * that was rolled back; `afterCommit` runs once that transaction has committed (a real provider:
 * a message cannot be taken back, so it is sent only for a code that exists).
 */
export interface SmsSender {
  readonly kind: 'outbox' | 'http';
  inTransaction(em: EntityManager, phone: string, text: string, now: Date): Promise<void>;
  afterCommit(phone: string, text: string): Promise<void>;
}

/** Development: keeps each message in the sms_outbox table, which an admin reads (`smsOutbox`). */
export class OutboxSmsSender implements SmsSender {
  readonly kind = 'outbox';
  constructor(private readonly phones: PhoneCipher) {}

  async inTransaction(em: EntityManager, phone: string, text: string, now: Date): Promise<void> {
    await em.insert(SmsMessageEntity, { id: newId(), phoneHash: this.phones.hash(phone), phoneEnc: this.phones.encrypt(phone), text, createdAt: now });
  }

  async afterCommit(): Promise<void> {}
}

/**
 * A provider reached over HTTPS: POST `{"phone": "...", "text": "..."}` with
 * `Authorization: Bearer <SMS_HTTP_TOKEN>` to SMS_HTTP_URL, the shape most SMS gateways (or a
 * small adapter in front of Aliyun or Tencent Cloud SMS) take. Anything but a 2xx within 5 s is
 * a failure: the code is withdrawn and the caller told to try again.
 */
export class HttpSmsSender implements SmsSender {
  readonly kind = 'http';
  constructor(
    private readonly url: string,
    private readonly token: string,
    private readonly timeoutMs = 5000,
  ) {}

  async inTransaction(): Promise<void> {}

  async afterCommit(phone: string, text: string): Promise<void> {
    const res = await fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${this.token}` },
      body: JSON.stringify({ phone, text }),
      signal: AbortSignal.timeout(this.timeoutMs),
    });
    await res.body?.cancel();
    if (res.status < 200 || res.status > 299) throw new Error(`SMS provider answered HTTP ${res.status}`);
  }
}
