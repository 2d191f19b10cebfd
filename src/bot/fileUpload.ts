/** Uploads a consented file to the URL Teams gives in the fileConsent/invoke (OneDrive's upload session). */

const UPLOAD_TIMEOUT_MS = 30_000;

/** The upload did not happen; `reason` is for the log, never for the user. */
export class FileUploadError extends Error {
  override readonly name = 'FileUploadError';
}

/**
 * PUTs the whole file in one request, as Teams' file consent flow expects (Content-Range of all bytes).
 * @example await uploadFile(target, bytes) // target: checked by uploadTarget
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
