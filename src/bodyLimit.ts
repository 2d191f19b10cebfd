/** Refuses request bodies before they are read (oversized, compressed, or not JSON), so one client cannot hold the server busy or fill its disk. */
import restify, { type Next, type Request, type RequestHandler, type Response } from 'restify';

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

/**
 * The body reader of every route: JSON only. A request that carries a body of any other type
 * (multipart/form-data, which restify's general bodyParser would write to the temp folder part by
 * part, forms, text…) gets 415 before a byte of it is read; a request without a body passes.
 * @example server.use(jsonBody(1024 * 1024));
 */
export function jsonBody(maxBytes: number): RequestHandler[] {
  const onlyJson: RequestHandler = (req: Request, res: Response, next: Next): void => {
    const hasBody = req.getContentLength() > 0 || req.isChunked();
    if (hasBody && req.getContentType() !== 'application/json') {
      refuse(res, 415, 'UnsupportedMediaType', 'Send the body as application/json.');
      return next(false);
    }
    return next();
  };
  // restify passes maxBodySize on to its body reader; its type declarations leave it out.
  const options: restify.plugins.JsonBodyParserOptions & { maxBodySize: number } = { maxBodySize: maxBytes, mapParams: false };
  return [onlyJson, ...restify.plugins.jsonBodyParser(options)];
}
