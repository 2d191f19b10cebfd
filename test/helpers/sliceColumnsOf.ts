/** Builds a window's slice columns from slices written out one by one, as the tests describe windows. */
import { PersonList } from '../../src/report/personTable';
import { SliceColumns, type WindowSlice } from '../../src/report/sliceColumns';

/** The slices in order, each person listed once for all their slices (as a window read from Graph holds them). */
export function sliceColumnsOf(slices: readonly WindowSlice[]): SliceColumns {
  const people = new PersonList();
  const columns = new SliceColumns(people);
  const numbers = new Map<string, number>();
  for (const slice of slices) {
    const person = numbers.get(slice.userId) ?? people.add({ userId: slice.userId, userPrincipalName: slice.userPrincipalName, userDisplayName: slice.userDisplayName });
    numbers.set(slice.userId, person);
    columns.add(columns.push(person, slice.country, slice.destination), slice.calls, slice.seconds, slice);
  }
  return columns;
}
