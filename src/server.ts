/** restify routes: the Bot Framework messaging endpoint and the health probe. */
import restify from 'restify';
import type { CloudAdapter } from 'botbuilder';
import type { DialoutBot } from './bot/dialoutBot';

/** Activities are small; anything larger is refused before it is parsed. */
const MAX_BODY_BYTES = 1024 * 1024;

export interface ServerParts {
  adapter: CloudAdapter;
  bot: DialoutBot;
  /** What /healthz reports besides "ready" (never secrets). */
  health: Record<string, string>;
}

/**
 * Builds the HTTP server (not yet listening).
 * @example createServer({ adapter, bot, health: { graph: 'demo' } }).listen(3978, '127.0.0.1');
 */
export function createServer(parts: ServerParts): restify.Server {
  const server = restify.createServer({ name: 'dialout-insights', handleUncaughtExceptions: false });
  server.use(restify.plugins.bodyParser({ maxBodySize: MAX_BODY_BYTES, mapParams: false, rejectUnknown: true }));
  server.post('/api/messages', async (req, res) => {
    await parts.adapter.process(req, res, (context) => parts.bot.run(context));
  });
  server.get('/healthz', (_req, res, next) => {
    res.send(200, { status: 'ready', ...parts.health });
    next();
  });
  return server;
}
