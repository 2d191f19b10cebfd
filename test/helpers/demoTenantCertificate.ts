/** A throwaway self-signed certificate made with the openssl CLI, and client assertions signed with it. */
import { execFileSync } from 'node:child_process';
import { createHash, createSign, constants, randomUUID, sign, X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TestCertificate {
  certificatePem: string;
  privateKeyPem: string;
}

/** Makes an RSA key and a one-day self-signed certificate in a temporary directory, then deletes it. */
export function makeSelfSignedCertificate(): TestCertificate {
  const dir = mkdtempSync(join(tmpdir(), 'demo-tenant-cert-'));
  try {
    const keyPath = join(dir, 'key.pem');
    const certPath = join(dir, 'cert.pem');
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-keyout',
        keyPath,
        '-out',
        certPath,
        '-days',
        '1',
        '-subj',
        '/CN=dialout-insights-test',
      ],
      { stdio: 'ignore' },
    );
    return { certificatePem: readFileSync(certPath, 'utf8'), privateKeyPem: readFileSync(keyPath, 'utf8') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface AssertionClaims {
  clientId: string;
  audience: string;
  /** Seconds from now; negative for an expired assertion. */
  expiresIn?: number;
  alg?: 'RS256' | 'PS256';
  /** Default 'x5t#S256'. */
  thumbprintHeader?: 'x5t' | 'x5t#S256';
}

function base64urlJson(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

/** Signs an RFC 7523 client assertion the way msal-node does. */
export function signClientAssertion(certificate: TestCertificate, claims: AssertionClaims): string {
  const raw = new X509Certificate(certificate.certificatePem).raw;
  const thumbprintHeader = claims.thumbprintHeader ?? 'x5t#S256';
  const thumbprint = createHash(thumbprintHeader === 'x5t' ? 'sha1' : 'sha256')
    .update(raw)
    .digest('base64url');
  const alg = claims.alg ?? 'PS256';
  const nowSeconds = Math.floor(Date.now() / 1000);
  const header = base64urlJson({ alg, typ: 'JWT', [thumbprintHeader]: thumbprint });
  const payload = base64urlJson({
    aud: claims.audience,
    iss: claims.clientId,
    sub: claims.clientId,
    jti: randomUUID(),
    nbf: nowSeconds,
    exp: nowSeconds + (claims.expiresIn ?? 600),
  });
  const signed = Buffer.from(`${header}.${payload}`);
  const signature =
    alg === 'RS256'
      ? createSign('sha256').update(signed).sign(certificate.privateKeyPem)
      : sign('sha256', signed, {
          key: certificate.privateKeyPem,
          padding: constants.RSA_PKCS1_PSS_PADDING,
          saltLength: 32,
        });
  return `${header}.${payload}.${signature.toString('base64url')}`;
}
