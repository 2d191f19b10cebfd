/** Builds a window's slice columns from slices written out one by one, as the tests describe windows. */
import type { PersonNames } from '../../src/report/sharedNames';
import { SliceColumns, type WindowSlice } from '../../src/report/sliceColumns';

/** The slices in order, each person's names shared by their slices (as a window read from Graph holds them). */
export function sliceColumnsOf(slices: readonly WindowSlice[]): SliceColumns {
  const columns = new SliceColumns();
  const people = new Map<string, PersonNames>();
  for (const slice of slices) {
    const person = people.get(slice.userId) ?? { userId: slice.userId, userPrincipalName: slice.userPrincipalName, userDisplayName: slice.userDisplayName };
    people.set(slice.userId, person);
    columns.add(columns.push(person, slice.country, slice.destination), slice.calls, slice.seconds, slice);
  }
  return columns;
}
