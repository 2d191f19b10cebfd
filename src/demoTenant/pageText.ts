/** Writes report pages straight to JSON text, each person's identity serialized once: pages at Graph's pace for large tenants. */
import { chargeText } from './chargeText';
import { fraction16, hash2, threshold16 } from './hash';
import { skipLink, type PageRequest } from './reportPage';
import { DESTINATIONS, type UsageRows } from './syntheticUsage';
import type { SyntheticUsers } from './syntheticUsers';
import { locationCode } from './usageLocations';

const STRING_CHARGE_SHARE = threshold16(0.1);

const DESTINATION_FIELDS = DESTINATIONS.map((destination) => `"destinationContext":${JSON.stringify(destination)}`);

/**
 * Produces exactly `JSON.stringify(renderPage(users, rows, request))`, without building the row
 * objects: the id, UPN and display name of a person are serialized the first time they appear
 * and kept (a few megabytes at 100,000 people). Faults still bend the objects of `renderPage`.
 * @example new PageTextWriter(users).write(rows, { origin, rawPath, skip: 0, pageSize: 1000 })
 */
export class PageTextWriter {
  private readonly people: Array<string | undefined>;

  constructor(private readonly users: SyntheticUsers) {
    this.people = new Array<string | undefined>(users.count);
  }

  write(rows: UsageRows, request: PageRequest): string {
    const end = Math.min(rows.count, request.skip + request.pageSize);
    const context = `${request.origin}/beta/$metadata#Collection(microsoft.graph.callRecords.pstnOnlineMeetingDialoutReport)`;
    let text = `{"@odata.context":${JSON.stringify(context)},"@odata.count":${Math.max(0, end - request.skip)}`;
    if (end < rows.count) text += `,"@odata.nextLink":${JSON.stringify(skipLink(request, end))}`;
    text += ',"value":[';
    for (let index = request.skip; index < end; index += 1) {
      if (index > request.skip) text += ',';
      text += this.row(rows, index);
    }
    return `${text}]}`;
  }

  /** The same fields, in the same order, as `wireRow` in reportPage.ts. */
  private row(rows: UsageRows, index: number): string {
    const { users } = this;
    const user = rows.user[index] as number;
    const location = rows.location[index] as number;
    const destination = rows.destination[index] as number;
    const charge = chargeText(rows.charge[index] as number);
    const asString = fraction16(hash2(users.key[user] as number, 0x5ca1e + location * 2 + destination)) < STRING_CHARGE_SHARE;
    // chargeText has no trailing zeros and at most 4 decimals, so as a JSON number it prints as itself.
    return (
      `${this.person(user)},"usageLocation":${JSON.stringify(locationCode(location))},${DESTINATION_FIELDS[destination]}` +
      `,"currency":"${users.currencyCode(user)}","totalCalls":${rows.calls[index]},"totalCallCharge":${asString ? `"${charge}"` : charge}` +
      `,"totalCallSeconds":${rows.seconds[index]}}`
    );
  }

  private person(user: number): string {
    let text = this.people[user];
    if (text === undefined) {
      const { names } = this.users;
      text = `{"userId":${JSON.stringify(names.userId(user))},"userPrincipalName":${JSON.stringify(names.userPrincipalName(user))},"userDisplayName":${JSON.stringify(names.displayName(user))}`;
      this.people[user] = text;
    }
    return text;
  }
}
