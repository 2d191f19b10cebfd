/** restify routes: the Bot Framework messaging endpoint, the monthly summary trigger and the health probe. */
import restify from 'restify';
import type { CloudAdapter } from 'botbuilder';
import { activityShapeProblem } from './bot/activityShape';
import { bodyLimit, jsonBody } from './bodyLimit';
import type { DialoutBot } from './bot/dialoutBot';
import type { MonthlyTrigger } from './notifications/monthlyTrigger';

/** Activities are small; anything larger is refused before it is parsed. */
const MAX_BODY_BYTES = 1024 * 1024;

export interface ServerParts {
  adapter: CloudAdapter;
  bot: DialoutBot;
  /** What /healthz reports besides "ready" (never secrets). */
  health: Record<string, string>;
  /** POST /api/notifications/monthly; without it (NOTIFY_API_KEY unset) the route does not exist: 404. */
  monthlyTrigger?: Pick<MonthlyTrigger, 'handle'>;
}

/**
 * Builds the HTTP server (not yet listening).
 * @example createServer({ adapter, bot, health: { graph: 'demo' } }).listen(3978, '127.0.0.1');
 */
export function createServer(parts: ServerParts): restify.Server {
  const server = restify.createServer({ name: 'dialout-insights', handleUncaughtExceptions: false });
  server.pre(bodyLimit(MAX_BODY_BYTES));
  server.use(jsonBody(MAX_BODY_BYTES));
  server.post('/api/messages', async (req, res) => {
    if (res.headersSent) return; // bodyLimit already refused it
    // Refused here, a bad body is a 4xx; inside botbuilder it would be a 500 or a failed turn.
    const problem = activityShapeProblem(req.body);
    if (problem) return void res.send(400, { code: 'BadRequest', message: `Not a Bot Framework activity: ${problem}.` });
    await parts.adapter.process(req, res, (context) => parts.bot.run(context));
  });
  const trigger = parts.monthlyTrigger;
  if (trigger) {
    server.post('/api/notifications/monthly', async (req, res) => {
      const answer = await trigger.handle(req.headers.authorization, req.body);
      res.send(answer.status, answer.body, answer.headers);
    });
  }
  server.get('/healthz', (_req, res, next) => {
    res.send(200, { status: 'ready', ...parts.health });
    next();
  });
  return server;
}
