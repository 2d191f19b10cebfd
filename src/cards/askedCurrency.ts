/** Which currency a view shows. */
import type { ViewRequest } from '../domain/viewRequest';
import type { Report } from '../report/report';

/** The currency the request names, else the report's first (a typed question names none); '' for an empty report. */
export function askedCurrency(report: Report, request: ViewRequest): string {
  return request.filters.currency ?? report.currencies[0]?.currency ?? '';
}
