import {
  ORGANIZATION_ROLES,
  PROJECT_ROLES,
  PROJECTS,
  type OrganizationRole,
  type ProjectRole,
} from '../data/catalog';
import type { InviteDraft } from '../elements/MpInviteUsersForm';
import { isValidEmail } from './isValidEmail';

/** Column layout of the downloadable template (the real template's columns are unverified). */
export const INVITE_CSV_TEMPLATE =
  'email,organization_role,projects,project_role\nnew.analyst@example.com,Member,E-commerce Demo;Mobile App,Analyst\n';

function pick<T extends string>(allowed: readonly T[], value: string | undefined): T | null {
  const match = allowed.find((candidate) => candidate.toLowerCase() === (value ?? '').trim().toLowerCase());
  return match ?? null;
}

/** Parses the bulk-invite CSV; rows that are incomplete or name unknown roles or projects are skipped. */
export function parseInviteCsv(text: string): InviteDraft[] {
  const drafts: InviteDraft[] = [];
  for (const line of text.split(/\r?\n/)) {
    const [email = '', role, projectList = '', projectRole] = line.split(',').map((cell) => cell.trim());
    if (!isValidEmail(email)) continue;
    const organizationRole: OrganizationRole | null = pick(ORGANIZATION_ROLES, role);
    const chosenRole: ProjectRole | null = pick(PROJECT_ROLES, projectRole);
    const projects = projectList
      .split(';')
      .map(
        (name) => PROJECTS.find((project) => project.name.toLowerCase() === name.trim().toLowerCase())?.name,
      )
      .filter((name): name is string => name !== undefined);
    if (!organizationRole || !chosenRole || projects.length === 0) continue;
    drafts.push({ email, organizationRole, projects, projectRole: chosenRole, teams: [] });
  }
  return drafts;
}
