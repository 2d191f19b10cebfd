/** The demo tenant's organisation: each person's department, office, company, cost center and division, some left empty, a few deleted. */
import { fraction16, hash2, threshold16 } from './hash';
import type { SyntheticUsers } from './syntheticUsers';

/** Departments with the cost center and division they belong to. */
const DEPARTMENTS: ReadonlyArray<{ name: string; costCenter: string; division: string; weight: number }> = [
  { name: 'Sales', costCenter: '4711', division: 'Commercial', weight: 22 },
  { name: 'Marketing', costCenter: '4720', division: 'Commercial', weight: 8 },
  { name: 'Customer Success', costCenter: '4730', division: 'Commercial', weight: 14 },
  { name: 'Engineering', costCenter: '5100', division: 'Product', weight: 20 },
  { name: 'Product Management', costCenter: '5200', division: 'Product', weight: 6 },
  { name: 'Finance', costCenter: '6100', division: 'Corporate', weight: 6 },
  { name: 'Human Resources', costCenter: '6200', division: 'Corporate', weight: 5 },
  { name: 'Legal', costCenter: '6300', division: 'Corporate', weight: 3 },
  { name: 'Operations', costCenter: '7100', division: 'Operations', weight: 10 },
  { name: 'Information Technology', costCenter: '7200', division: 'Operations', weight: 6 },
];
const DEPARTMENT_WEIGHT = DEPARTMENTS.reduce((sum, department) => sum + department.weight, 0);

const OFFICES = ['Seattle', 'New York', 'London', 'Berlin', 'Paris', 'Bangalore', 'Tokyo', 'Sydney'] as const;
const COMPANIES = ['Contoso Ltd', 'Contoso GmbH', 'Fabrikam Inc'] as const;

/** Shares of people whose attribute is not set, as in real directories. */
const EMPTY = {
  department: threshold16(0.08),
  officeLocation: threshold16(0.1),
  companyName: threshold16(0.05),
  /** No employeeOrgData at all. */
  orgData: threshold16(0.1),
  costCenter: threshold16(0.06),
  division: threshold16(0.06),
};
/** People in the report who have since been deleted from the directory. */
const DELETED_SHARE = threshold16(0.02);

/** A person's directory entry as Graph's `user` resource names its properties; null where not set. */
export interface DirectoryUser {
  id: string;
  displayName: string;
  userPrincipalName: string;
  department: string | null;
  officeLocation: string | null;
  companyName: string | null;
  employeeOrgData: { costCenter: string | null; division: string | null } | null;
}

function draw(key: number, component: number): number {
  return hash2(key, 0x0f6a0000 + component);
}

/** Whether user `index` was deleted from the directory (still in the report's history). */
export function isDeleted(users: SyntheticUsers, index: number): boolean {
  return fraction16(draw(users.key[index] as number, 0)) < DELETED_SHARE;
}

/**
 * The directory entry of user `index`: a pure function of the user's key, so the same person has
 * the same department on every start and in every test.
 */
export function directoryUser(users: SyntheticUsers, index: number): DirectoryUser {
  const key = users.key[index] as number;
  const set = (component: number, emptyShare: number): boolean => fraction16(draw(key, component)) >= emptyShare;
  let pick = (draw(key, 1) >>> 16) % DEPARTMENT_WEIGHT;
  const department = DEPARTMENTS.find((candidate) => (pick -= candidate.weight) < 0) ?? DEPARTMENTS[0];
  return {
    id: users.names.userId(index),
    displayName: users.names.displayName(index),
    userPrincipalName: users.names.userPrincipalName(index),
    department: set(2, EMPTY.department) ? department.name : null,
    officeLocation: set(3, EMPTY.officeLocation) ? OFFICES[(draw(key, 3) >>> 16) % OFFICES.length] : null,
    companyName: set(4, EMPTY.companyName) ? COMPANIES[(draw(key, 4) >>> 16) % COMPANIES.length] : null,
    employeeOrgData: set(5, EMPTY.orgData)
      ? { costCenter: set(6, EMPTY.costCenter) ? department.costCenter : null, division: set(7, EMPTY.division) ? department.division : null }
      : null,
  };
}
