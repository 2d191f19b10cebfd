/** Checks a certificate-signed client assertion (RFC 7523 JWT) as Entra ID would, loosely. */
import { createHash, verify, constants, type X509Certificate } from 'node:crypto';
import type { EntraProblem } from './entraErrors';

/** What the assertion must match. */
export interface AssertionExpectation {
  certificate: X509Certificate | undefined;
  clientId: string;
  tenantId: string;
  nowSeconds: number;
}

const CLOCK_SKEW_SECONDS = 300;

function invalidClient(aadsts: number, description: string): EntraProblem {
  return { status: 401, error: 'invalid_client', aadsts, description };
}

function decodeJson(part: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

/** The certificate thumbprints Entra looks keys up by, base64url as in the `x5t` headers. */
function thumbprints(certificate: X509Certificate): { sha1: string; sha256: string } {
  return {
    sha1: createHash('sha1').update(certificate.raw).digest('base64url'),
    sha256: createHash('sha256').update(certificate.raw).digest('base64url'),
  };
}

function signatureValid(alg: unknown, signed: Buffer, signature: Buffer, certificate: X509Certificate): boolean {
  const key = certificate.publicKey;
  if (alg === 'RS256') return verify('sha256', signed, key, signature);
  if (alg === 'PS256') {
    return verify(
      'sha256',
      signed,
      { key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: constants.RSA_PSS_SALTLEN_AUTO },
      signature,
    );
  }
  return false;
}

/**
 * Returns null when the assertion is signed with the registered certificate's key
 * (RS256 or PS256, named by `x5t` or `x5t#S256`), has iss = sub = client id, mentions
 * the tenant in `aud` and has not expired; otherwise the problem Entra would report.
 */
export function checkClientAssertion(assertion: string, expected: AssertionExpectation): EntraProblem | null {
  const { certificate } = expected;
  if (!certificate) return invalidClient(700027, 'The application has no certificate credential registered.');
  const parts = assertion.split('.');
  const [headerPart = '', payloadPart = '', signaturePart = ''] = parts;
  const header = decodeJson(headerPart);
  const payload = decodeJson(payloadPart);
  if (parts.length !== 3 || !header || !payload)
    return invalidClient(50027, 'Invalid JWT token. The token is malformed.');

  const known = thumbprints(certificate);
  if (header['x5t#S256'] !== known.sha256 && header.x5t !== known.sha1) {
    return invalidClient(
      700027,
      'The certificate with the thumbprint in the assertion is not registered for the application.',
    );
  }
  const signed = Buffer.from(`${headerPart}.${payloadPart}`);
  if (!signatureValid(header.alg, signed, Buffer.from(signaturePart, 'base64url'), certificate)) {
    return invalidClient(700027, 'Client assertion contains an invalid signature.');
  }
  if (payload.iss !== expected.clientId || payload.sub !== expected.clientId) {
    return invalidClient(700021, 'Client assertion application identifier does not match the client_id parameter.');
  }
  const audiences = Array.isArray(payload.aud) ? payload.aud : [payload.aud];
  const tenant = expected.tenantId.toLowerCase();
  if (!audiences.some((aud) => typeof aud === 'string' && aud.toLowerCase().includes(tenant))) {
    return invalidClient(700212, 'The audience of the client assertion does not name this tenant.');
  }
  const { exp, nbf } = payload;
  if (typeof exp !== 'number' || exp + CLOCK_SKEW_SECONDS <= expected.nowSeconds) {
    return invalidClient(700024, 'Client assertion is not within its valid time range.');
  }
  if (typeof nbf === 'number' && nbf - CLOCK_SKEW_SECONDS > expected.nowSeconds) {
    return invalidClient(700024, 'Client assertion is not within its valid time range.');
  }
  return null;
}
