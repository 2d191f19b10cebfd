/** The export views: the report's rows or the chargeback as a CSV file through Teams' file consent (personal chat), or where to get it (shared chats). */
import { daysBetween } from '../../domain/calendarDate';
import type { ViewRequestOf } from '../../domain/viewRequest';
import { formatCount, resolveLocale } from '../../cards/format';
import { noticeCard } from '../../cards/noticeCard';
import { rangeText } from '../../cards/viewHeader';
import { log } from '../../log';
import { chargebackCsv } from '../../report/chargebackCsv';
import { reportCsv } from '../../report/reportCsv';
import { slicesOf } from '../../report/spenderSlices';
import type { NotKeptReason } from '../csvExports';
import { consentMessage, ownerOf } from '../fileConsent';
import { cardOrError, type ActionTurn, type CardActionServices, type CardAnswer } from './cardAction';

/** Excel reads UTF-8 CSV as UTF-8 only after a byte order mark. */
const BYTE_ORDER_MARK = '\uFEFF';

/** The two files: the report's rows (one per person, location, destination and currency) and the chargeback (one per unit and currency). */
type ExportView = 'export' | 'chargeback';

const FILES: Record<ExportView, { button: string; question: string; whyPersonal: string }> = {
  export: { button: 'Export CSV', question: 'cost', whyPersonal: 'A CSV file names people, so the bot offers it only in its personal chat with you.' },
  chargeback: { button: 'Export chargeback', question: 'chargeback', whyPersonal: 'Teams offers files from a bot only in its personal chat with you.' },
};

/** Said on the consent card when the organisation columns are empty because the app may not read the directory. */
const NO_DIRECTORY_NOTE =
  'The department, office, company, cost center and division columns are empty: the bot may not read the directory (grant the app registration User.Read.All).';

/** What to type in the personal chat to get the same file: explicit days, which read the same in any zone. */
function sameQuestion(data: ViewRequestOf<ExportView>): string {
  const { first, last } = data.range;
  const { question } = FILES[data.view];
  return first === last ? `${question} on ${first}` : `${question} from ${first} to ${last}`;
}

/** In a group chat or channel: where exports are offered, with a button to the bot's personal chat when its app id is known. */
function elsewhere(data: ViewRequestOf<ExportView>, turn: ActionTurn, botAppId: string): object {
  const question = sameQuestion(data);
  const { button, whyPersonal } = FILES[data.view];
  const links = botAppId
    ? [{ title: 'Open personal chat', url: `https://teams.microsoft.com/l/chat/0/0?users=28:${encodeURIComponent(botAppId)}&message=${encodeURIComponent(question)}` }]
    : [];
  return noticeCard('Exports are offered in personal chat', `${whyPersonal} There, ask "${question}" and press ${button}.`, turn.cardOptions, { links });
}

/** The file of `data`'s view, its name and what the consent card says of it. */
async function prepareFile(data: ViewRequestOf<ExportView>, turn: ActionTurn, services: CardActionServices): Promise<{ name: string; text: string; description: string }> {
  const days = daysBetween(data.range.first, data.range.last) + 1;
  const period = `${rangeText(data.range, resolveLocale(turn.cardOptions.locale))} (${formatCount(days, 'en-US')} days)`;
  const dates = `${data.range.first} to ${data.range.last}`;
  if (data.view === 'chargeback') {
    const [report, directory] = await Promise.all([services.reports.report(data.range, turn.admit), services.organisation.directory(turn.admit)]);
    const file = chargebackCsv(report, directory);
    return {
      name: `dial-out chargeback ${dates}.csv`,
      text: file.text,
      description: `Dial-out chargeback, ${period}: ${formatCount(file.rows, 'en-US')} rows, one per cost center (or department where a person has no cost center) and currency.`,
    };
  }
  // Without User.Read.All the rows are still worth having; the consent card says why the columns are empty.
  const [report, directory] = await Promise.all([services.reports.report(data.range, turn.admit), services.organisation.directoryIfAllowed(turn.admit)]);
  if (directory === undefined) log.warn('export without organisation columns: User.Read.All not granted');
  const rows = report.currencies.reduce((sum, currency) => sum + currency.spenders.reduce((n, s) => n + slicesOf(s).length, 0), 0);
  const note = directory === undefined ? ` ${NO_DIRECTORY_NOTE}` : '';
  return { name: `dial-out ${dates}.csv`, text: reportCsv(report, directory), description: `Dial-out usage, ${period}: ${formatCount(rows, 'en-US')} rows.${note}` };
}

/** Why the file was not offered, and that asking again later will do. */
const NOT_KEPT: Record<NotKeptReason, string> = {
  full: "The bot's storage for files waiting to be accepted is full just now, so this one was not kept. Ask again in a few minutes.",
  unavailable: "The bot's storage did not answer, so the file was not kept. Ask again in a few minutes.",
};

async function consent(data: ViewRequestOf<ExportView>, turn: ActionTurn, services: CardActionServices): Promise<object> {
  const owner = ownerOf(turn.context.activity); // read before awaiting: the turn may be over by then
  const file = await prepareFile(data, turn, services);
  const prepared = { name: file.name, bytes: Buffer.from(BYTE_ORDER_MARK + file.text, 'utf8'), owner };
  const kept = await services.exports.files.put(prepared);
  if (!kept.kept) return noticeCard('The export could not be kept', NOT_KEPT[kept.reason], turn.cardOptions);
  return consentMessage(prepared, kept.id, file.description);
}

/** The file consent card (personal chat) or where to get the file (shared chats), as a new message: the report's CSV or the chargeback. */
export function exportAnswer(data: ViewRequestOf<ExportView>, turn: ActionTurn, services: CardActionServices): CardAnswer {
  if (!turn.personal) {
    return { kind: 'post', card: Promise.resolve(elsewhere(data, turn, services.exports.botAppId)), note: 'Exports are offered in personal chat.' };
  }
  return {
    kind: 'post',
    card: cardOrError(turn, data.view, () => consent(data, turn, services)),
    note: 'Preparing the CSV file: accept it below to save it in your OneDrive.',
  };
}
