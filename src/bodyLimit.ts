/** Refuses oversized or compressed request bodies before they are read, so one client cannot hold the server busy. */
import type { Next, Request, RequestHandler, Response } from 'restify';

function refuse(res: Response, status: number, code: string, message: string): void {
  // The unread rest of the body must not be taken for the next request on this connection.
  res.header('Connection', 'close');
  res.send(status, { code, message });
}

/**
 * A `server.pre` handler. restify's own limit reads the whole body (discarding past the limit)
 * before it answers 413, and inflates gzip bodies without any limit. This one answers at once
 * when Content-Length is over the limit or the body is compressed, and as soon as a chunked
 * body passes the limit.
 * @example server.pre(bodyLimit(1024 * 1024));
 */
export function bodyLimit(maxBytes: number): RequestHandler {
  const tooLarge = `The request body is over ${maxBytes} bytes.`;
  return (req: Request, res: Response, next: Next): void => {
    const encoding = req.headers['content-encoding'];
    if (encoding !== undefined && encoding.toLowerCase() !== 'identity') {
      refuse(res, 415, 'UnsupportedMediaType', 'Compressed request bodies are not accepted.');
      return next(false);
    }
    if (req.getContentLength() > maxBytes) {
      refuse(res, 413, 'PayloadTooLarge', tooLarge);
      return next(false);
    }
    if (req.isChunked()) {
      let received = 0;
      const count = (chunk: Buffer): void => {
        received += chunk.length;
        if (received <= maxBytes) return;
        req.off('data', count);
        res.once('finish', () => req.destroy());
        refuse(res, 413, 'PayloadTooLarge', tooLarge);
      };
      req.on('data', count);
      // Listening made the stream flow; pause it so the body reader (which resumes it) misses no chunk.
      req.pause();
    }
    return next();
  };
}
