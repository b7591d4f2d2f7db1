// What every response carries and every request must pass: strict headers (a CSP that allows
// only our own script and style files), an optional bearer token, and a Host check that keeps
// other web sites from reaching a loopback server through DNS rebinding.
import { timingSafeEqual, createHash } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:", "connect-src 'self'",
  "font-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'",
].join('; ');

export const securityHeaders: MiddlewareHandler = async (c, next) => {
  await next();
  c.header('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  c.header('X-Content-Type-Options', 'nosniff');
  c.header('Referrer-Policy', 'no-referrer');
  c.header('X-Frame-Options', 'DENY');
  c.header('Cross-Origin-Opener-Policy', 'same-origin');
  c.header('Cross-Origin-Resource-Policy', 'same-origin');
  if (c.req.path.startsWith('/api/')) c.header('Cache-Control', 'no-store');
};

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

/** Without a token the server is for this machine only: other Host names are refused. */
export const loopbackOnly: MiddlewareHandler = async (c, next) => {
  const host = new URL(c.req.url).hostname.toLowerCase();
  if (!LOOPBACK.has(host)) return c.json({ error: `host "${host}" refused: start the server with --token to serve other hosts` }, 403);
  await next();
};

const COOKIE = 'dossier_token';
const digest = (s: string) => createHash('sha256').update(s).digest();

/**
 * Every request needs the token: `Authorization: Bearer T`, `?token=T`, or the cookie set when
 * the page was first opened with `?token=T` (so the page's own script and API calls pass).
 */
export function requireToken(token: string): MiddlewareHandler {
  const expected = digest(token);
  const matches = (given: string | undefined) => given !== undefined && timingSafeEqual(digest(given), expected);
  return async (c, next) => {
    const header = c.req.header('authorization');
    const bearer = header?.startsWith('Bearer ') ? header.slice(7).trim() : undefined;
    const query = c.req.query('token');
    if (matches(bearer) || matches(getCookie(c, COOKIE))) return next();
    if (matches(query)) {
      await next();
      // After the handler: a handler's own Response would drop headers prepared before it.
      setCookie(c, COOKIE, token, { httpOnly: true, sameSite: 'Strict', path: '/' });
      return;
    }
    c.header('WWW-Authenticate', 'Bearer');
    return c.json({ error: 'a token is required: Authorization: Bearer <token>, or ?token=<token>' }, 401);
  };
}
