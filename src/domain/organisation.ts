/** The organisation attributes of people (from the directory), by which costs are broken down and narrowed. */
import type { MonthlyBudget } from './money';

/** What a breakdown groups people by; each is one property of Graph's `user` (cost center and division from `employeeOrgData`). */
export const ORG_DIMENSIONS = ['department', 'office', 'company', 'costCenter', 'division'] as const;
export type OrgDimension = (typeof ORG_DIMENSIONS)[number];

/** One person's attributes; '' where the directory has no value. */
export type OrgAttributes = Record<OrgDimension, string>;

/** The directory's people by lower-case Entra object id; people deleted since are absent. */
export interface OrgDirectory {
  /** ISO instant the attributes were read from Graph. */
  fetchedAt: string;
  people: ReadonlyMap<string, OrgAttributes>;
}

/** How each dimension is named on cards ("by department"), and the group of people without a value. */
export const ORG_DIMENSION_LABELS: Record<OrgDimension, { one: string; none: string }> = {
  department: { one: 'department', none: 'No department' },
  office: { one: 'office', none: 'No office' },
  company: { one: 'company', none: 'No company' },
  costCenter: { one: 'cost center', none: 'No cost center' },
  division: { one: 'division', none: 'No division' },
};

/** One unit of the organisation: a department, an office… ('' for the people without a value or no longer in the directory). */
export interface OrgUnit {
  dimension: OrgDimension;
  name: string;
}

/**
 * The unit's name as a card shows it.
 * @example orgUnitLabel({ dimension: 'costCenter', name: '' }) // 'No cost center'
 */
export function orgUnitLabel(unit: OrgUnit): string {
  return unit.name === '' ? ORG_DIMENSION_LABELS[unit.dimension].none : unit.name;
}

/** The dimensions a budget may be set for in BUDGETS_FILE (`department`, `costCenter`). */
export const BUDGET_DIMENSIONS = ['department', 'costCenter'] as const satisfies readonly OrgDimension[];

/** A monthly budget for the people of one department or cost center (BUDGETS_FILE), in one currency. */
export interface UnitBudget extends MonthlyBudget {
  unit: OrgUnit & { dimension: (typeof BUDGET_DIMENSIONS)[number] };
}

/**
 * The budget's scope as cards and logs name it.
 * @example unitBudgetLabel({ unit: { dimension: 'costCenter', name: '4711' }, currency: 'EUR', amountMicros: 1 }) // 'cost center 4711'
 */
export function unitBudgetLabel(budget: Pick<UnitBudget, 'unit'>): string {
  return budget.unit.dimension === 'department' ? `${budget.unit.name} department` : `cost center ${budget.unit.name}`;
}
