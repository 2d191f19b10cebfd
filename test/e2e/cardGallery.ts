/** Every kind of card, built by the real card builders from realistic data: long names and UPNs, 5–6 digit minutes, several currencies, 10 rows. */
import { callsCard } from '../../src/cards/callsCard';
import type { AdaptiveCardJson } from '../../src/cards/cardModels';
import { breakdownCard } from '../../src/cards/breakdownCard';
import { budgetAlertCard } from '../../src/cards/budgetAlertCard';
import { comparisonCard } from '../../src/cards/comparisonCard';
import { countriesCard } from '../../src/cards/countriesCard';
import { countryCard } from '../../src/cards/countryCard';
import { destinationsCard } from '../../src/cards/destinationsCard';
import { errorCard } from '../../src/cards/errorCard';
import { forecastCard } from '../../src/cards/forecastCard';
import { helpCard } from '../../src/cards/helpCard';
import { namesHiddenCard } from '../../src/cards/noticeCard';
import { notUnderstoodCard } from '../../src/cards/notUnderstoodCard';
import { personCard } from '../../src/cards/personCard';
import { personPickCard } from '../../src/cards/personPickCard';
import { reportCard } from '../../src/cards/reportCard';
import { summaryCard } from '../../src/cards/summaryCard';
import { trendCard } from '../../src/cards/trendCard';
import type { OrgAttributes, OrgDirectory } from '../../src/domain/organisation';
import { breakdownRequest, comparisonRequest, forecastRequest, reportRequest } from '../../src/domain/viewRequest';
import type { PstnCall } from '../../src/graph/pstnCall';
import { forecast, forecastWindows } from '../../src/report/forecast';
import { compareMonths } from '../../src/report/monthComparison';
import type { Report, Spender } from '../../src/report/report';
import { baselineOf, callsData, countriesData, countryData, destinationsData, periodicOf, personData, questionOf, TODAY, trendData } from '../helpers/drilldownFixtures';
import { currencyReport, report, spender } from '../helpers/reportFixtures';
import { reportView } from '../helpers/viewRequests';

const OPTIONS = { locale: 'en-US', demoTenant: true, showNames: true };
const OCTOBER = { first: '2026-10-01', last: '2026-10-31', timeZone: 'Europe/Berlin' };
const SEPTEMBER = { first: '2026-09-01', last: '2026-09-30', timeZone: 'Europe/Berlin' };
const DECEMBER = { first: '2026-12-01', last: '2026-12-31', timeZone: 'UTC' };

/** Long names as tenants have them, with UPNs to match. */
const NAMES = [
  'Maximilian Schönberger-Fitzgerald',
  'Anna-Katharina Vandenberghe',
  'Oluwaseun Adebayo-Okonkwo',
  'Nadia O’Brien',
  'Bartholomew Christodoulopoulos',
  'Sofía García Hernández',
  'Min-jun Iyer',
  'Guðrún Sigurðardóttir',
  'Jean-Baptiste Lefèvre-Dubois',
  'Priyanka Venkataraman',
  'Lars Dlamini',
  'Mateo Sato',
];

const COUNTRIES = [['US'], ['DE', 'AT'], ['GB'], ['FR'], ['US', 'CA'], ['ES'], ['JP'], ['IS'], ['FR', 'BE'], ['IN'], ['ZA'], ['BR']];

function upnOf(name: string): string {
  const ascii = name.normalize('NFD').replace(/[^\x20-\x7e]/g, '').toLowerCase();
  return `${ascii.replace(/[’' ]+/g, '.')}@contoso.onmicrosoft.com`;
}

/** Twelve people; the first spends six-digit amounts over six-digit minutes, the rest less and less. */
function people(currencyFactor: number): Spender[] {
  return NAMES.map((name, k) =>
    spender(k + 1, Math.round((123_456_780_000 * currencyFactor) / (k + 1)), {
      userDisplayName: name,
      userPrincipalName: upnOf(name),
      countries: COUNTRIES[k] ?? ['US'],
      calls: 4_321 - k * 300,
      seconds: 7_654_321 - k * 600_000,
    }),
  );
}

const big: Report = report([currencyReport('USD', people(1)), currencyReport('EUR', people(0.4).slice(0, 5)), currencyReport('JPY', people(50).slice(0, 3))], OCTOBER);
const previous: Report = report([currencyReport('USD', people(0.8).reverse().slice(1)), currencyReport('EUR', people(0.5).slice(0, 4))], SEPTEMBER);
const first = big.currencies[0]?.spenders[0] as Spender;

function callsOf(userId: string, count: number): PstnCall[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `call-${i}`,
    userId,
    startDateTime: new Date(Date.parse('2026-10-01T12:00:00Z') + i * 7_200_000).toISOString(),
    durationSeconds: 3_661 + i * 97,
    hasCharge: true,
    chargeMicros: 1_234_560_000 + i * 10_000,
    currency: 'USD',
    destinationContext: i % 3 === 0 ? 'International' : 'Domestic',
    destinationName: i % 3 === 0 ? 'United Kingdom of Great Britain and Northern Ireland' : 'United States',
    usageCountryCode: 'US',
  }));
}

const DEPARTMENTS = ['Global Partner Solutions & Customer Success', 'Finance', 'Research and Development (EMEA)', ''];

/** Each of the twelve people in one of four departments (one without); office and cost center to match. */
const directory: OrgDirectory = {
  fetchedAt: '2026-11-02T08:00:00.000Z',
  people: new Map(
    (big.currencies[0]?.spenders ?? []).map((person, k): [string, OrgAttributes] => [
      person.userId.toLowerCase(),
      { department: DEPARTMENTS[k % DEPARTMENTS.length] ?? '', office: `Building ${k % 3}`, company: 'Contoso', costCenter: `47${k % 5}1`, division: 'Sales' },
    ]),
  ),
};

/** Every card kind by name (the name is the screenshot's file name). */
export function cardGallery(): [string, AdaptiveCardJson][] {
  const view = reportView({ phrase: 'last month', range: OCTOBER });
  const december = { range: DECEMBER, phrase: 'forecast', clippedToToday: false, reachedPastToday: false };
  const budget = { currency: 'USD', amountMicros: 900_000_000_000 };
  const projection = forecast(DECEMBER, '2026-12-10', { toDate: big, complete: big, weeks: forecastWindows(DECEMBER, '2026-12-10').weeks.map(() => big) }, [budget]);
  const outlook = projection.budgets[0];
  if (!outlook) throw new Error('the forecast sets its projection against the budget');
  const alert = { kind: 'budget' as const, key: '2026-12/budget/USD', currency: 'USD', outlook, contributors: big.currencies[0]?.spenders.slice(0, 3) ?? [] };
  return [
    ['report', reportCard(big, view, OPTIONS)],
    ['report-shared-chat', reportCard(big, view, { ...OPTIONS, showNames: false })],
    ['person', personCard(big, periodicOf(big), personData(big, first.userId), OPTIONS, TODAY)],
    ['calls', callsCard(big, callsOf(first.userId, 40), callsData(big, first.userId), OPTIONS)],
    ['countries', countriesCard(big, countriesData(big), OPTIONS)],
    ['country', countryCard(big, countryData(big, 'US'), OPTIONS)],
    ['destinations', destinationsCard(big, periodicOf(big), destinationsData(big), OPTIONS, TODAY)],
    ['trend', trendCard(big, periodicOf(big), baselineOf(big, previous), trendData(big), OPTIONS, TODAY)],
    ['comparison', comparisonCard(big, previous, comparisonRequest(questionOf(big, 'October'), { ...questionOf(previous, 'September'), kind: 'named' }), OPTIONS)],
    [
      'forecast',
      forecastCard(projection, forecastRequest(december), 'month', undefined, OPTIONS),
    ],
    ['budget-alert', budgetAlertCard(alert, { first: '2026-12-01', last: '2026-12-10', timeZone: 'UTC' }, outlook.toDateMicros, OPTIONS)],
    ['breakdown', breakdownCard(big, directory, breakdownRequest(questionOf(big), 'department'), OPTIONS)],
    ['summary', summaryCard({ comparison: compareMonths({ month: big, previous, lastYear: previous }, { budgets: [], internationalSpikePercent: 50 }), month: big }, OPTIONS)],
    ['person-pick', personPickCard(big.currencies[0]?.spenders.slice(0, 6) ?? [], 'Ma', 'person', reportRequest(questionOf(big)), 'USD', OPTIONS)],
    ['names-hidden', namesHiddenCard(reportRequest(questionOf(big)), 'USD', OPTIONS)],
    ['help', helpCard({ examples: ['What did dial-out cost last month?', 'Top 5 spenders this quarter', 'International calls from Germany in Q3', 'Trend this year'], demoTenant: true })],
    ['not-understood', notUnderstoodCard({ reason: 'missing', message: 'Which period do you mean?' }, ['What did dial-out cost last month?', 'Cost by country in October'])],
    ['error', errorCard({ title: 'Microsoft Graph refused the report', detail: 'Graph answered 403 Forbidden.', whatToTry: 'Ask an admin to grant CallRecords.Read.All.', code: 'Forbidden', requestId: '7d1b3c9e-5a2f-4e61-9b0d-2f8c6a4e1d37' })],
  ];
}
