/** The services a filtered view request is answered with: every report they give is narrowed to the request's filters. */
import type { OrgUnit } from '../../domain/organisation';
import type { ViewRequest } from '../../domain/viewRequest';
import { narrowToOrgUnit } from '../../report/orgUnitFilter';
import type { PeriodicRead } from '../../report/periodicReports';
import { narrowReport, type ReportFilters } from '../../report/reportFilters';
import type { CardActionServices } from './cardAction';

/**
 * The filters that narrow the figures of `request`'s view. The calls view lists a person's calls from
 * Graph's call log, which has no usage location: it is never narrowed (its header names no filter).
 * @example reportFilters(request) // { country: 'DE', destination: 'International', currency: undefined }
 */
export function reportFilters(request: ViewRequest): ReportFilters {
  if (request.view === 'calls') return { currency: request.filters.currency };
  return { country: request.filters.country, destination: request.filters.destination, currency: request.filters.currency };
}

/**
 * `services` narrowed to the people of `unit`: the directory is read (or taken from storage) first, then
 * every report and every period of a periodic read keeps only those people. The progress of a periodic
 * read is the narrowed read's once it has started.
 */
function orgUnitServices(services: CardActionServices, filters: ReportFilters, unit: OrgUnit): CardActionServices {
  const narrowing = async (admit?: () => void) => {
    const directory = await services.organisation.directory(admit);
    return { key: `${unit.dimension}:${unit.name}`, narrow: (report: Parameters<typeof narrowToOrgUnit>[0]) => narrowToOrgUnit(report, directory, unit) };
  };
  return {
    ...services,
    reports: {
      report: async (range, admit) => {
        const [report, narrow] = await Promise.all([services.reports.report(range, admit), narrowing(admit)]);
        return narrow.narrow(report);
      },
    },
    periodic: {
      read: (range, admit) => {
        let started: PeriodicRead | undefined;
        const report = narrowing(admit).then((narrow) => {
          started = services.periodic.read(range, admit, filters, narrow);
          return started.report;
        });
        return {
          report,
          progress: {
            get done() {
              return started?.progress.done ?? 0;
            },
            get total() {
              return started?.progress.total ?? 1;
            },
          },
        };
      },
    },
  };
}

/**
 * `services` with reports narrowed by the request's usage location, destination, currency and
 * organisation unit: built from the cached whole report (no Graph read for a range already read), so
 * every view — report, ranking pages, countries, trend, person, comparison, forecast, export — shows
 * only the matching usage.
 * @example answer(request, turn, filteredServices(services, request))
 */
export function filteredServices(services: CardActionServices, request: ViewRequest): CardActionServices {
  const filters = reportFilters(request);
  const unit = request.view === 'calls' ? undefined : request.filters.orgUnit;
  const narrowed: CardActionServices =
    filters.country === undefined && filters.destination === undefined && filters.currency === undefined
      ? services
      : {
          ...services,
          reports: { report: async (range, admit) => narrowReport(await services.reports.report(range, admit), filters) },
          periodic: { read: (range, admit) => services.periodic.read(range, admit, filters) },
        };
  return unit === undefined ? narrowed : orgUnitServices({ ...narrowed, periodic: services.periodic }, filters, unit);
}
