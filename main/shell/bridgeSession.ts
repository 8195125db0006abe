import { randomBytes, timingSafeEqual } from 'node:crypto';

/** The cookie that carries the bridge session; HttpOnly, so not even the page's own script can read it. */
export const bridgeCookieName = 'kiosk-bridge';

const sameSecret = (a: string, b: string) => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

/**
 * The browser shell's credentials. The session secret never leaves main except as an HttpOnly
 * cookie; what a browser is started with (on its command line, visible to every local user) is a
 * launch code that can be exchanged once, shortly after it was issued, for that cookie.
 */
export class BridgeSession {
  private readonly secret = randomBytes(24).toString('hex');
  private readonly codes = new Map<string, number>();

  constructor(
    private readonly codeLifetimeMs = 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** A fresh one-time launch code; earlier unused codes stay valid until they expire. */
  issueCode(): string {
    const code = randomBytes(16).toString('hex');
    this.codes.set(code, this.now() + this.codeLifetimeMs);
    return code;
  }

  /** The `Set-Cookie` value for a valid unused code (which is spent), else undefined. */
  redeem(code: string): string | undefined {
    for (const [known, expiresAt] of this.codes) if (expiresAt <= this.now()) this.codes.delete(known);
    const match = [...this.codes.keys()].find((known) => sameSecret(known, code));
    if (!match) return undefined;
    this.codes.delete(match);
    return `${bridgeCookieName}=${this.secret}; Path=/bridge; HttpOnly; SameSite=Strict`;
  }

  /** The session cookie itself, for a browser main starts and hands it to over a private channel. */
  browserCookie(): { name: string; value: string } {
    return { name: bridgeCookieName, value: this.secret };
  }

  /** Whether a request's `Cookie` header carries this launch's session. */
  admits(cookieHeader: string | undefined): boolean {
    const offered = (cookieHeader ?? '')
      .split(';')
      .map((part) => part.trim())
      .find((part) => part.startsWith(`${bridgeCookieName}=`))
      ?.slice(bridgeCookieName.length + 1);
    return offered !== undefined && sameSecret(offered, this.secret);
  }
}
