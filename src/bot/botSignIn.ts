/** Whether the Bot Framework accepts the bot's credentials: a token for the Bot Connector, got exactly as the adapter gets it. */
import { ConfigurationServiceClientCredentialFactory } from 'botbuilder';
import { AuthenticationConstants } from 'botframework-connector';
import type { Config } from '../config';

/** What asks the sign-in service for a Bot Connector token (the connector's credentials, or a test's). */
export interface BotTokenSource {
  getToken(forceRefresh?: boolean): Promise<string>;
}

/** Accepted, or refused with the sign-in service's error code and AADSTS number and trace id when it sent them. */
export type BotSignIn = { accepted: true } | { accepted: false; code: string | undefined; aadsts: string | undefined; traceId: string | undefined };

/**
 * The credentials the adapter uses for BOT_ID, BOT_PASSWORD, BOT_TYPE and BOT_TENANT_ID (botbuilder's
 * configuration factory: MultiTenant signs in at botframework.com, SingleTenant at BOT_TENANT_ID,
 * UserAssignedMSI through the managed identity). Throws when the settings do not fit the type.
 */
export async function botTokenSource(bot: Config['bot']): Promise<BotTokenSource> {
  const factory = new ConfigurationServiceClientCredentialFactory({
    MicrosoftAppId: bot.id,
    MicrosoftAppPassword: bot.password,
    MicrosoftAppType: bot.type,
    MicrosoftAppTenantId: bot.tenantId,
  });
  const credentials = await factory.createCredentials(bot.id, AuthenticationConstants.ToChannelFromBotOAuthScope, AuthenticationConstants.ToChannelFromBotLoginUrl, true);
  return credentials as unknown as BotTokenSource;
}

/**
 * Asks for a fresh token; the token itself is dropped. Only the error's code, AADSTS number and trace id
 * are kept, never its text.
 * @example await checkBotSignIn(await botTokenSource(config.bot))
 */
export async function checkBotSignIn(source: BotTokenSource): Promise<BotSignIn> {
  try {
    await source.getToken(true);
    return { accepted: true };
  } catch (error) {
    const { errorCode, errorMessage, message } = error as { errorCode?: unknown; errorMessage?: unknown; message?: unknown };
    const text = typeof errorMessage === 'string' ? errorMessage : typeof message === 'string' ? message : '';
    return {
      accepted: false,
      code: typeof errorCode === 'string' && errorCode !== '' ? errorCode : undefined,
      aadsts: /\b(AADSTS\d+)\b/.exec(text)?.[1],
      traceId: /Trace ID: ([0-9a-f-]{36})/i.exec(text)?.[1],
    };
  }
}
