/** The services a filtered view request is answered with: every report they give is narrowed to the request's filters. */
import type { ViewRequest } from '../../domain/viewRequest';
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
 * `services` with reports narrowed by the request's usage location, destination and currency: built
 * from the cached whole report (no Graph read for a range already read), so every view — report,
 * ranking pages, countries, trend, person, comparison, forecast, export — shows only the matching usage.
 * @example answer(request, turn, filteredServices(services, request))
 */
export function filteredServices(services: CardActionServices, request: ViewRequest): CardActionServices {
  const filters = reportFilters(request);
  if (filters.country === undefined && filters.destination === undefined && filters.currency === undefined) return services;
  return {
    ...services,
    reports: { report: async (range, admit) => narrowReport(await services.reports.report(range, admit), filters) },
    periodic: { read: (range, admit) => services.periodic.read(range, admit, filters) },
  };
}
