/** Inbound Bot Framework authentication that answers every bad token with 401, never 500. */
import { ConfigurationBotFrameworkAuthentication, StatusCodes, type Activity, type ConfigurationBotFrameworkAuthenticationOptions } from 'botbuilder';
import { AuthenticationError, type AuthenticateRequestResult } from 'botframework-connector';

/**
 * botframework-connector lets the JWT library's own errors (a bad signature, a token used
 * before its time) escape as plain errors, which CloudAdapter turns into 500. Any failure to
 * authenticate is the caller's problem: it becomes an AuthenticationError, hence 401.
 */
export class BotAuthentication extends ConfigurationBotFrameworkAuthentication {
  constructor(options: ConfigurationBotFrameworkAuthenticationOptions) {
    super(options);
  }

  override async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    try {
      return await super.authenticateRequest(activity, authHeader);
    } catch (error) {
      if (error instanceof AuthenticationError) throw error;
      throw new AuthenticationError('Unauthorized: the token could not be validated', StatusCodes.UNAUTHORIZED);
    }
  }
}
