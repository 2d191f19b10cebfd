/** Reads the Graph app's certificate (PEM with its private key) from disk at start-up. */
import { readFileSync } from 'node:fs';
import { ConfigurationError } from '../configValues';

/** The PEM text; an unreadable file stops start-up naming GRAPH_CERTIFICATE_PATH (never the content). */
export function readCertificateFile(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    const reason = (error as { code?: unknown }).code;
    throw new ConfigurationError('GRAPH_CERTIFICATE_PATH', `a readable PEM file${typeof reason === 'string' ? ` (${reason})` : ''}`, path);
  }
}
