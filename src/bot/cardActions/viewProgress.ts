/** Progress lines for slow views: periods read for trends, windows read for calls. */
import { noticeCard } from '../../cards/noticeCard';
import type { CardOptions } from '../../cards/cardModels';
import type { PeriodicRead } from '../../report/periodicReports';
import type { CallsRead } from '../../report/personCalls';
import { granularityOf } from '../../report/periods';
import type { DateRange } from '../../domain/dateRange';
import type { ProgressFeed } from '../progressFeed';

/** "Reading the report month by month… 3 of 12 months" while a periodic report is read. */
export function periodicProgress(range: DateRange, read: () => PeriodicRead | undefined, options: CardOptions): ProgressFeed {
  const unit = granularityOf(range);
  return {
    text: () => {
      const progress = read()?.progress;
      const counted = progress ? ` ${progress.done} of ${progress.total} ${unit}s` : '';
      return `Reading the report ${unit} by ${unit}…${counted}`;
    },
    card: (text) => noticeCard('Preparing this view', `${text}. The card updates itself when it is ready.`, options),
  };
}

/** "Fetching calls… 3 of 5 windows" while a person's calls are read from the call log. */
export function callsProgress(read: () => CallsRead | undefined, options: CardOptions): ProgressFeed {
  return {
    text: () => {
      const progress = read()?.progress;
      return progress ? `Fetching calls… ${progress.done} of ${progress.total} windows` : 'Fetching calls…';
    },
    card: (text) =>
      noticeCard('Fetching calls', `${text}. Graph's call log lists every PSTN call of the tenant, so this takes a while for long ranges; the card updates itself when it is ready.`, options),
  };
}
