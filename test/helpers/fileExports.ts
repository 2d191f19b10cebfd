/** Teams' file consent flow, played from the test's side: a stand-in for OneDrive's upload session, the accept invoke, and an RFC 4180 reader for the uploaded CSV. */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cardAction, post } from './botConversation';

/** RFC 4180, written here: quoted fields may hold commas, doubled quotes and line breaks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      [row, field] = [[], ''];
      i += 1;
    } else field += char;
  }
  return rows;
}

/** A stand-in for OneDrive's upload session: records the PUT. */
export async function startUploadTarget(): Promise<{ url: string; received: Array<{ method: string; headers: IncomingHttpHeaders; body: Buffer }>; server: Server }> {
  const received: Array<{ method: string; headers: IncomingHttpHeaders; body: Buffer }> = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({ method: request.method ?? '', headers: request.headers, body: Buffer.concat(chunks) });
      response.writeHead(201, { 'Content-Type': 'application/json' });
      response.end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/upload/session-1`, received, server };
}

/** The fileConsent/invoke Teams sends when the user accepts or declines a consent card. */
export function consentInvoke(action: 'accept' | 'decline', context: unknown, uploadUrl: string, serviceUrl: string): Record<string, unknown> {
  const { value: _value, name: _name, ...base } = cardAction('unused', {});
  return {
    ...base,
    serviceUrl,
    name: 'fileConsent/invoke',
    value: {
      type: 'fileUpload',
      action,
      context,
      uploadInfo: { name: 'dial-out.csv', uploadUrl, contentUrl: 'https://contoso-my.sharepoint.com/dial-out.csv', uniqueId: 'file-1', fileType: 'csv' },
    },
  };
}

/**
 * Accepts a consent card (the attachment the bot sent) and returns the uploaded file's rows, header
 * first, read back from the bytes the bot PUT (after its byte order mark).
 */
export async function acceptedCsv(botUrl: string, consent: { content: { acceptContext: unknown } }, serviceUrl: string): Promise<string[][]> {
  const target = await startUploadTarget();
  try {
    await post(botUrl, consentInvoke('accept', consent.content.acceptContext, target.url, serviceUrl));
    const [upload] = target.received;
    if (!upload) throw new Error('nothing was uploaded');
    const text = upload.body.toString('utf8');
    if (!text.startsWith('\uFEFF')) throw new Error('no byte order mark');
    return parseCsv(text.slice(1));
  } finally {
    target.server.close();
  }
}
