/** The export view: the report's rows as a CSV file through Teams' file consent (personal chat), or where to get it (shared chats). */
import { daysBetween } from '../../domain/calendarDate';
import type { ViewRequestOf } from '../../domain/viewRequest';
import { formatCount, resolveLocale } from '../../cards/format';
import { noticeCard } from '../../cards/noticeCard';
import { rangeText } from '../../cards/viewHeader';
import { reportCsv } from '../../report/reportCsv';
import { slicesOf } from '../../report/spenderSlices';
import { consentMessage, ownerOf } from '../fileConsent';
import { cardOrError, type ActionTurn, type CardActionServices, type CardAnswer } from './cardAction';

/** Excel reads UTF-8 CSV as UTF-8 only after a byte order mark. */
const BYTE_ORDER_MARK = '\uFEFF';

/** What to type in the personal chat to get the same range: explicit days, which read the same in any zone. */
function sameQuestion(data: ViewRequestOf<'export'>): string {
  const { first, last } = data.range;
  return first === last ? `cost on ${first}` : `cost from ${first} to ${last}`;
}

/** In a group chat or channel: where exports are offered, with a button to the bot's personal chat when its app id is known. */
function elsewhere(data: ViewRequestOf<'export'>, turn: ActionTurn, botAppId: string): object {
  const question = sameQuestion(data);
  const links = botAppId
    ? [{ title: 'Open personal chat', url: `https://teams.microsoft.com/l/chat/0/0?users=28:${encodeURIComponent(botAppId)}&message=${encodeURIComponent(question)}` }]
    : [];
  return noticeCard(
    'Exports are offered in personal chat',
    `A CSV file names people, so the bot offers it only in its personal chat with you. There, ask "${question}" and press Export CSV.`,
    turn.cardOptions,
    { links },
  );
}

async function consent(data: ViewRequestOf<'export'>, turn: ActionTurn, services: CardActionServices): Promise<object> {
  const owner = ownerOf(turn.context.activity); // read before awaiting: the turn may be over by then
  const report = await services.reports.report(data.range, turn.admit);
  const bytes = Buffer.from(BYTE_ORDER_MARK + reportCsv(report), 'utf8');
  const name = `dial-out ${data.range.first} to ${data.range.last}.csv`;
  const prepared = { name, bytes, owner };
  const id = services.exports.files.put(prepared);
  const rows = report.currencies.reduce((sum, currency) => sum + currency.spenders.reduce((n, s) => n + slicesOf(s).length, 0), 0);
  const days = daysBetween(data.range.first, data.range.last) + 1;
  const description = `Dial-out usage, ${rangeText(data.range, resolveLocale(turn.cardOptions.locale))} (${formatCount(days, 'en-US')} days): ${formatCount(rows, 'en-US')} rows.`;
  return consentMessage(prepared, id, description);
}

/** The file consent card (personal chat) or where to get the file (shared chats), as a new message. */
export function exportAnswer(data: ViewRequestOf<'export'>, turn: ActionTurn, services: CardActionServices): CardAnswer {
  if (!turn.personal) {
    return { kind: 'post', card: Promise.resolve(elsewhere(data, turn, services.exports.botAppId)), note: 'Exports are offered in personal chat.' };
  }
  return {
    kind: 'post',
    card: cardOrError(turn, 'export', () => consent(data, turn, services)),
    note: 'Preparing the CSV file: accept it below to save it in your OneDrive.',
  };
}
