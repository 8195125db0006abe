import { flowErrorCodes } from '../../../../common/errorCodes';
import { KioskError } from '../../../../common/errors';
import type { IdentityClient } from '../../identity';
import { invalidField, step, stepRefusing } from '../core/flowErrors';
import type { FlowContext } from '../core/flowModule';
import { sessionSlot } from '../core/sessionProofs';

export const qrCalls = ['createQrSession', 'getQrSession', 'confirmQrSession'] as const;
type Ctx = FlowContext<Pick<IdentityClient, (typeof qrCalls)[number]>>;

/** This session's QR sign-in. The server knows who confirmed; it checks that person against the legal representative. */
export const qrSignIn = sessionSlot<{ sessionId: string; confirmed: boolean }>('enterprise.qrSignIn', { message: 'no QR sign-in started' });

async function qrStart(ctx: Ctx, appId: string | undefined) {
  const apps = ctx.profile.qrSignInApps;
  const app = appId ? apps.find((a) => a.id === appId) : apps[0];
  if (!app) throw invalidField('QR_APP_UNKNOWN', 'appId');
  const session = await step(() => ctx.client.createQrSession(app.id));
  ctx.proofs.set(qrSignIn, { sessionId: session.sessionId, confirmed: false });
  return { ...session, maskedName: null };
}

async function qrPoll(ctx: Ctx) {
  const qr = ctx.proofs.require(qrSignIn);
  const session = await step(() => ctx.client.getQrSession(qr.sessionId));
  if (session.status === 'confirmed' && session.account) ctx.proofs.set(qrSignIn, { ...qr, confirmed: true });
  return {
    sessionId: session.sessionId,
    status: session.status,
    qrPayload: session.qrPayload,
    appName: session.appName,
    expiresAt: session.expiresAt,
    pollIntervalMs: session.pollIntervalMs,
    maskedName: session.account?.maskedName ?? null,
  };
}

/** Training kiosks only: stands in for the citizen confirming in the province app. */
async function qrDemoConfirm(ctx: Ctx, idNumber: string) {
  if (!ctx.settings.demo) throw new KioskError(flowErrorCodes.demoOnly, 'demo kiosks only');
  const qr = ctx.proofs.require(qrSignIn);
  await stepRefusing(() => ctx.client.confirmQrSession(qr.sessionId, idNumber), ['ACCOUNT_NOT_FOUND', 'QR_SESSION_EXPIRED']);
  return { confirmed: true as const };
}

/** QR sign-in with the province app: start, poll until confirmed or expired, and the trainer's confirm. */
export function qrSignInHandlers(ctx: Ctx) {
  return {
    qrStart: ({ appId }: { appId?: string }) => qrStart(ctx, appId),
    qrPoll: () => qrPoll(ctx),
    qrDemoConfirm: ({ idNumber }: { idNumber: string }) => qrDemoConfirm(ctx, idNumber),
  };
}
