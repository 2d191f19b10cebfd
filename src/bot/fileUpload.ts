/** Uploads a consented file to the URL Teams gives in the fileConsent/invoke (OneDrive's upload session). */

const UPLOAD_TIMEOUT_MS = 30_000;

/** The upload did not happen; `reason` is for the log, never for the user. */
export class FileUploadError extends Error {
  override readonly name = 'FileUploadError';
}

function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127(\.\d{1,3}){3}$/.test(hostname);
}

/**
 * The upload URL when it is one to send the file to: https, or plain http only on loopback (tests).
 * The URL comes from Teams' invoke, not from a user, but the file is only ever sent over https.
 */
export function uploadTarget(uploadUrl: unknown): URL | undefined {
  if (typeof uploadUrl !== 'string') return undefined;
  let url: URL;
  try {
    url = new URL(uploadUrl);
  } catch {
    return undefined;
  }
  const allowed = url.protocol === 'https:' || (url.protocol === 'http:' && isLoopback(url.hostname));
  return allowed && url.username === '' && url.password === '' ? url : undefined;
}

/**
 * PUTs the whole file in one request, as Teams' file consent flow expects (Content-Range of all bytes).
 * @example await uploadFile(uploadTarget(info.uploadUrl)!, bytes)
 */
export async function uploadFile(target: URL, bytes: Buffer): Promise<void> {
  let response: Response;
  try {
    response = await fetch(target, {
      method: 'PUT',
      body: bytes,
      headers: { 'Content-Length': String(bytes.length), 'Content-Range': `bytes 0-${bytes.length - 1}/${bytes.length}` },
      redirect: 'error',
      signal: AbortSignal.timeout(UPLOAD_TIMEOUT_MS),
    });
  } catch (cause) {
    throw new FileUploadError('the upload request failed', { cause });
  }
  await response.arrayBuffer().catch(() => undefined);
  if (!response.ok) throw new FileUploadError(`the upload was answered ${response.status}`);
}
