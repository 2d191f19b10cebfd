/** A throwaway self-signed certificate for 127.0.0.1, made with the openssl CLI in a temporary directory. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface LoopbackCertificate {
  key: string;
  cert: string;
  /** The certificate's file, for NODE_EXTRA_CA_CERTS of the processes that must trust it. */
  certPath: string;
  /** Deletes the directory. */
  remove(): void;
}

/** Makes an RSA key and a one-day certificate whose subjectAltName is IP:127.0.0.1. */
export function makeLoopbackCertificate(): LoopbackCertificate {
  const dir = mkdtempSync(join(tmpdir(), 'dialout-bench-'));
  const keyPath = join(dir, 'key.pem');
  const certPath = join(dir, 'cert.pem');
  try {
    execFileSync(
      'openssl',
      ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', keyPath, '-out', certPath, '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'],
      { stdio: 'ignore' },
    );
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`could not make a certificate with the openssl CLI (is it installed?): ${String(error)}`);
  }
  return {
    key: readFileSync(keyPath, 'utf8'),
    cert: readFileSync(certPath, 'utf8'),
    certPath,
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
