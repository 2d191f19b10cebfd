import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigurationError } from '../../src/configValues';
import { readCertificateFile } from '../../src/storage/certificateFile';

describe('readCertificateFile', () => {
  it('reads the PEM text', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'cert-')), 'app.pem');
    writeFileSync(path, '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n');
    expect(readCertificateFile(path)).toContain('BEGIN CERTIFICATE');
  });

  it('stops start-up naming GRAPH_CERTIFICATE_PATH when the file cannot be read', () => {
    const missing = join(tmpdir(), 'no-such-dir', 'app.pem');
    expect(() => readCertificateFile(missing)).toThrow(ConfigurationError);
    expect(() => readCertificateFile(missing)).toThrow(/GRAPH_CERTIFICATE_PATH must be a readable PEM file \(ENOENT\)/);
  });
});
