/** Messages that ask what the bot can do: greetings, "help", "?", or nothing at all. */

const GREETING = /^(?:hi|hello|hey|hiya|howdy|good\s+(?:morning|afternoon|evening))(?:\s+(?:there|bot|all|everyone))?$/;
const HELP_REQUEST =
  /^(?:help(?:\s+me)?|usage|commands?|menu|examples?|start|get\s+started|what\s+can\s+(?:you\s+do|i\s+ask(?:\s+you)?)|what\s+do\s+you\s+do|how\s+(?:do\s+i\s+use|does)\s+(?:this|it|you)(?:\s+work)?|who\s+are\s+you)$/;
const HELP_WORD = /\b(?:help|commands|examples)\b/i;

/**
 * True when the whole (cleaned) message is a greeting or a request for help; an empty
 * message or a lone "?" counts too. "please" and closing punctuation are ignored.
 * @example isHelpRequest('Hi!') // true
 * @example isHelpRequest('help: cost last month') // false
 */
export function isHelpRequest(text: string): boolean {
  const words = text
    .toLowerCase()
    .replace(/^please\s+|[\s,]+please\b/g, '')
    .replace(/[\s!?.,:;]+$/, '');
  return words === '' || GREETING.test(words) || HELP_REQUEST.test(words);
}

/**
 * True when a message without a period mentions help ("can you help?"): it gets the help
 * card rather than a question about the period.
 * @example mentionsHelp('can you help?') // true
 */
export function mentionsHelp(text: string): boolean {
  return HELP_WORD.test(text);
}
