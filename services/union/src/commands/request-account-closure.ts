import { badUserInput, forbidden, type Database, type Logger, type Principal } from '@nef/kit';
import { PlatformAccountEntity, WorkerEntity, type PhoneChallengeRow } from '../entities';
import { closureMessage } from '../rules/consent';
import { actorOf } from '../rules/history-actor';
import type { PhoneCipher } from '../rules/phone-cipher';
import type { SmsSender } from '../sms/sender';
import { sendChallenge } from './support/challenges';

/**
 * A platform asks to close the account of the worker it acts for: a code goes to the worker's
 * phone with a text saying so, and the close is authorised only when the code comes back (the
 * gateway's `POST /privacy/close` with `challengeId` and `code`, checked by the union's
 * `/privacy/close-authorization`). Holding the account is not enough to delete everything the
 * worker has in every service: her phone must say yes.
 *
 * The challenge (purpose CLOSE) names the worker and the platform; it opens nothing else (a
 * consent cannot be confirmed with it). Same limits as consent codes: one a minute per phone and
 * platform, ten a day per phone (RATE_LIMITED), SERVICE_UNAVAILABLE when the provider refuses.
 * Refused: anyone but a partner (FORBIDDEN: union staff close at a desk without a code), a
 * partner not acting for a worker (BAD_USER_INPUT), a worker without an account on the platform
 * (FORBIDDEN, as for a worker that does not exist).
 */
export async function requestAccountClosure(db: Database, phones: PhoneCipher, sender: SmsSender, p: Principal, now: Date, log?: Logger): Promise<PhoneChallengeRow> {
  if (p.role !== 'partner' || !p.platform) {
    throw forbidden('requestAccountClosure is for the partner acting for the worker; union staff close accounts at a desk', '此操作仅供代劳动者操作的合作平台使用；工会工作人员请当面办理注销');
  }
  if (!p.workerId) throw badUserInput('send X-Acting-Worker: the code goes to the phone of the worker you act for', undefined, '请发送X-Acting-Worker：验证码发送到您所代理的劳动者手机');
  const [worker, account] = await Promise.all([
    db.manager.findOne(WorkerEntity, { where: { id: p.workerId } }),
    db.manager.findOne(PlatformAccountEntity, { where: { workerId: p.workerId, platformCode: p.platform } }),
  ]);
  if (!worker || !account) throw forbidden('partners may act only for workers with an account on their own platform');
  return sendChallenge(
    db,
    phones,
    sender,
    {
      platformCode: p.platform,
      externalId: account.externalId,
      phone: phones.decrypt(worker.phoneEnc),
      name: worker.name,
      occupation: worker.occupation,
      districtCode: worker.districtCode,
      streetCode: worker.streetCode ?? null,
      scopes: '',
      purpose: 'CLOSE',
      workerId: worker.id,
      requestedBy: actorOf(p),
      message: closureMessage,
    },
    now,
    log,
  );
}
