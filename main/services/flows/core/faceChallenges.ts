import { createHash, randomBytes, randomInt } from 'node:crypto';
import type { FaceCaptureInput, FaceChallengesIssued } from '../../../../common/contract/services/personFlows';

type Move = FaceChallengesIssued['challenges'][number];

/** Every challenge main may ask: head movements (detector keypoints), blink and open mouth (face mesh). */
export const faceChallengePool: readonly Move[] = ['turnLeft', 'turnRight', 'nod', 'blink', 'openMouth'];

export interface FaceChallengeOptions {
  /** Challenges per capture, drawn without repetition. */
  count: number;
  /** How long an issued order may be answered: the step's whole time plus a margin. */
  ttlMs: number;
  /** Demo kiosks only (automated walks with a recorded clip): this order every time. */
  fixedOrder?: readonly Move[];
}

export const defaultFaceChallengeOptions: FaceChallengeOptions = { count: 2, ttlMs: 120_000 };

/**
 * Main chooses the challenge order of each face capture, so a page (or a recording) cannot pick
 * one it has a clip for. Each order goes with a random nonce that one capture may answer once,
 * before it expires; all are forgotten at the session's end. The one exception: a capture whose
 * upload never reached a verdict (`release`) may be sent once more, byte for byte and for the same
 * holder, so "try again" after an outage does not ask the citizen for a new capture.
 */
export class FaceChallengeIssuer {
  private readonly issued = new Map<string, { challenges: readonly Move[]; expiresAt: number }>();
  /** Nonces answered by an accepted capture: its digest, and whether a failed upload lets it be sent again. */
  private readonly answered = new Map<string, { digest: string; resendable: boolean }>();

  constructor(
    private readonly clock: () => number,
    private readonly options: FaceChallengeOptions = defaultFaceChallengeOptions,
  ) {}

  issue(): FaceChallengesIssued {
    const now = this.clock();
    for (const [nonce, entry] of this.issued) if (entry.expiresAt <= now) this.issued.delete(nonce);
    const challenges = this.options.fixedOrder?.length ? [...this.options.fixedOrder] : draw(this.options.count);
    const nonce = randomBytes(18).toString('base64url');
    this.issued.set(nonce, { challenges, expiresAt: now + this.options.ttlMs });
    return { nonce, challenges, expiresInMs: this.options.ttlMs };
  }

  /**
   * Takes the capture's nonce (once: a second answer with it is refused) and says why the capture
   * does not answer the issued order; empty when it does. The final attempt's challenges must be
   * the issued ones, in the issued order. `subject`: whose face the capture is sent as.
   */
  redeem(capture: FaceCaptureInput, subject = ''): string[] {
    const nonce = capture.challengeNonce;
    if (!nonce) return ['no issued challenge order'];
    const entry = this.issued.get(nonce);
    if (!entry) return this.resend(nonce, capture, subject) ? [] : ['challenge order unknown or already used'];
    this.issued.delete(nonce);
    if (entry.expiresAt <= this.clock()) return ['challenge order expired'];
    const finalAttempt = Math.max(0, ...capture.liveness.challenges.map((c) => c.attempt));
    const answered = capture.liveness.challenges.filter((c) => c.attempt === finalAttempt).map((c) => c.kind);
    if (answered.join(',') !== entry.challenges.join(',')) return [`challenges ${answered.join(',') || 'none'} answer ${entry.challenges.join(',')}`];
    this.answered.set(nonce, { digest: captureDigest(capture, subject), resendable: false });
    return [];
  }

  /**
   * The request built from this accepted capture never reached the identity API (outage, 503):
   * the same capture for the same subject may answer its nonce once more.
   */
  release(capture: FaceCaptureInput, subject = ''): void {
    const entry = capture.challengeNonce ? this.answered.get(capture.challengeNonce) : undefined;
    if (entry && entry.digest === captureDigest(capture, subject)) entry.resendable = true;
  }

  wipe(): void {
    this.issued.clear();
    this.answered.clear();
  }

  private resend(nonce: string, capture: FaceCaptureInput, subject: string): boolean {
    const entry = this.answered.get(nonce);
    if (!entry?.resendable || entry.digest !== captureDigest(capture, subject)) return false;
    entry.resendable = false;
    return true;
  }
}

/** The whole capture (portrait, evidence, nonce) and its subject, so a re-send is the very same capture. */
function captureDigest(capture: FaceCaptureInput, subject: string): string {
  return createHash('sha256').update(subject).update('\0').update(JSON.stringify(capture)).digest('hex');
}

/** Fisher–Yates draw from the pool with the crypto generator. */
function draw(count: number): Move[] {
  const pool = [...faceChallengePool];
  for (let i = pool.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [pool[i], pool[j]] = [pool[j] as Move, pool[i] as Move];
  }
  return pool.slice(0, Math.min(Math.max(1, count), pool.length));
}

/** `KIOSK_DEMO_FACE_CHALLENGES=turnLeft,blink`: the order a demo kiosk issues every time (automated walks). */
export function parseFixedOrder(text: string | undefined): Move[] | undefined {
  const moves = (text ?? '')
    .split(',')
    .map((m) => m.trim())
    .filter((m): m is Move => (faceChallengePool as readonly string[]).includes(m));
  return moves.length > 0 ? moves.slice(0, 3) : undefined;
}
