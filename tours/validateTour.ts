import type { TourDefinition } from './types';

const ROLES_WITH_NAMES = /^[a-z]+$/;
const STEP_ID = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const PLACEMENTS = new Set([
  'top',
  'bottom',
  'left',
  'right',
  'top-start',
  'bottom-start',
  'right-start',
  'left-start',
]);

type Problems = string[];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function nonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}

function checkRegExp(source: unknown, where: string, problems: Problems): void {
  if (!nonEmptyString(source)) return void problems.push(`${where}: must be a regular expression source`);
  try {
    new RegExp(source);
  } catch (error) {
    problems.push(`${where}: invalid regular expression (${(error as Error).message})`);
  }
}

function checkTarget(target: unknown, where: string, problems: Problems): void {
  if (!Array.isArray(target) || target.length === 0)
    return void problems.push(`${where}: needs at least one strategy`);
  target.forEach((strategy: unknown, i) => {
    const at = `${where}[${i}]`;
    if (!isRecord(strategy)) return void problems.push(`${at}: not an object`);
    switch (strategy.by) {
      case 'role':
        if (!nonEmptyString(strategy.role) || !ROLES_WITH_NAMES.test(strategy.role))
          problems.push(`${at}: bad role`);
        if (!nonEmptyString(strategy.name)) problems.push(`${at}: a role strategy needs an accessible name`);
        break;
      case 'text':
        if (!nonEmptyString(strategy.text)) problems.push(`${at}: empty text`);
        break;
      case 'label':
        if (!nonEmptyString(strategy.label)) problems.push(`${at}: empty label`);
        break;
      case 'css':
        if (!nonEmptyString(strategy.selector)) problems.push(`${at}: empty selector`);
        break;
      default:
        problems.push(`${at}: unknown strategy "${String(strategy.by)}"`);
    }
  });
}

function checkRows(rows: unknown, where: string, problems: Problems): void {
  if (!isRecord(rows)) return void problems.push(`${where}: not an object`);
  checkTarget(rows.marker, `${where}.marker`, problems);
}

/**
 * Checks a tour definition against the schema the engine relies on and returns every problem found
 * (empty when valid). `messageExists` tells whether an i18n key is defined.
 */
export function validateTour(tour: unknown, messageExists: (key: string) => boolean = () => true): Problems {
  const problems: Problems = [];
  if (!isRecord(tour)) return ['tour: not an object'];
  const key = (value: unknown, where: string) => {
    if (!nonEmptyString(value)) problems.push(`${where}: missing`);
    else if (!messageExists(value)) problems.push(`${where}: no message "${value}" in locales`);
  };
  if (!nonEmptyString(tour.id) || !STEP_ID.test(tour.id)) problems.push('id: must be kebab-case');
  key(tour.titleKey, 'titleKey');
  key(tour.descriptionKey, 'descriptionKey');
  if (!nonEmptyString(tour.startPath) || !tour.startPath.startsWith('/'))
    problems.push('startPath: must be a path');
  if (!isRecord(tour.doneKeys)) problems.push('doneKeys: missing');
  else
    for (const name of ['title', 'body', 'titleByHand', 'bodyByHand'])
      key(tour.doneKeys[name], `doneKeys.${name}`);
  const pages = isRecord(tour.pages) ? tour.pages : {};
  if (!isRecord(tour.pages)) problems.push('pages: missing');
  for (const [pageKey, page] of Object.entries(pages)) {
    const at = `pages.${pageKey}`;
    if (!isRecord(page)) {
      problems.push(`${at}: not an object`);
      continue;
    }
    key(page.nameKey, `${at}.nameKey`);
    if (!Array.isArray(page.landmarks) || page.landmarks.length === 0)
      problems.push(`${at}.landmarks: a page is known by what is on it: name at least one landmark`);
    else
      page.landmarks.forEach((landmark: unknown, i) =>
        checkTarget(landmark, `${at}.landmarks[${i}]`, problems),
      );
    if (page.pathHints !== undefined) {
      if (!Array.isArray(page.pathHints)) problems.push(`${at}.pathHints: must be a list`);
      else page.pathHints.forEach((hint: unknown, i) => checkRegExp(hint, `${at}.pathHints[${i}]`, problems));
    }
    if (
      page.defaultPath !== undefined &&
      (!nonEmptyString(page.defaultPath) || !page.defaultPath.startsWith('/'))
    )
      problems.push(`${at}.defaultPath: must be a path on the same host`);
    if (page.way !== undefined) {
      if (!Array.isArray(page.way)) problems.push(`${at}.way: must be a list`);
      else
        page.way.forEach((waypoint: unknown, i) => {
          if (!isRecord(waypoint)) return void problems.push(`${at}.way[${i}]: not an object`);
          checkTarget(waypoint.target, `${at}.way[${i}].target`, problems);
          key(waypoint.hintKey, `${at}.way[${i}].hintKey`);
          if (waypoint.placement !== undefined && !PLACEMENTS.has(String(waypoint.placement)))
            problems.push(`${at}.way[${i}].placement: invalid`);
        });
    }
  }
  const pageRef = (value: unknown, where: string) => {
    if (typeof value !== 'string' || !Object.hasOwn(pages, value))
      problems.push(`${where}: no page "${String(value)}" in the tour's pages`);
  };
  if (!Array.isArray(tour.steps) || tour.steps.length === 0) return [...problems, 'steps: at least one step'];

  const ids = new Set<string>();
  const stepIds = new Set(
    tour.steps.flatMap((step: unknown) => (isRecord(step) && typeof step.id === 'string' ? [step.id] : [])),
  );
  tour.steps.forEach((step: unknown, i) => {
    const at = `steps[${i}]`;
    if (!isRecord(step)) return void problems.push(`${at}: not an object`);
    if (!nonEmptyString(step.id) || !STEP_ID.test(step.id)) problems.push(`${at}.id: must be kebab-case`);
    else if (ids.has(step.id)) problems.push(`${at}.id: duplicate "${step.id}"`);
    else ids.add(step.id);
    key(step.titleKey, `${at}.titleKey`);
    key(step.bodyKey, `${at}.bodyKey`);
    key(step.hintKey, `${at}.hintKey`);
    if (step.details !== undefined) {
      if (!isRecord(step.details)) problems.push(`${at}.details: not an object`);
      else {
        key(step.details.summaryKey, `${at}.details.summaryKey`);
        key(step.details.bodyKey, `${at}.details.bodyKey`);
      }
    }
    if (step.page !== undefined) pageRef(step.page, `${at}.page`);
    checkTarget(step.target, `${at}.target`, problems);
    if (step.requires !== undefined) {
      if (!isRecord(step.requires)) problems.push(`${at}.requires: not an object`);
      else {
        checkTarget(step.requires.target, `${at}.requires.target`, problems);
        key(step.requires.messageKey, `${at}.requires.messageKey`);
        if (typeof step.requires.restoredBy !== 'string' || !stepIds.has(step.requires.restoredBy))
          problems.push(`${at}.requires.restoredBy: no step "${String(step.requires.restoredBy)}"`);
      }
    }
    if (typeof step.placement !== 'string' || !PLACEMENTS.has(step.placement))
      problems.push(`${at}.placement: invalid`);
    if (!Array.isArray(step.completeOn) || step.completeOn.length === 0) {
      problems.push(`${at}.completeOn: needs at least one condition (the user's real action)`);
    } else {
      step.completeOn.forEach((condition: unknown, j) => {
        const c = `${at}.completeOn[${j}]`;
        if (!isRecord(condition)) return void problems.push(`${c}: not an object`);
        switch (condition.kind) {
          case 'click':
          case 'validEmail':
          case 'acknowledge':
            break;
          case 'reached':
            pageRef(condition.page, `${c}.page`);
            break;
          case 'present':
            checkTarget(condition.target, `${c}.target`, problems);
            break;
          case 'sent':
            checkTarget(condition.dialog, `${c}.dialog`, problems);
            if (condition.listed !== undefined) checkRows(condition.listed, `${c}.listed`, problems);
            key(condition.failedHintKey, `${c}.failedHintKey`);
            key(condition.rateLimitedHintKey, `${c}.rateLimitedHintKey`);
            break;
          case 'listed':
            checkRows(condition.rows, `${c}.rows`, problems);
            break;
          case 'fieldsChosen':
            if (!Array.isArray(condition.fields) || condition.fields.length === 0)
              problems.push(`${c}.fields: empty`);
            else
              condition.fields.forEach((field: unknown, k) => {
                if (!isRecord(field) || !nonEmptyString(field.placeholder))
                  problems.push(`${c}.fields[${k}]: bad field`);
                else checkTarget(field.target, `${c}.fields[${k}].target`, problems);
              });
            break;
          default:
            problems.push(`${c}: unknown kind "${String(condition.kind)}"`);
        }
      });
    }
  });
  return problems;
}

export function assertValidTour(tour: TourDefinition, messageExists?: (key: string) => boolean): void {
  const problems = validateTour(tour, messageExists);
  if (problems.length) throw new Error(`tours: "${tour.id}" is invalid:\n- ${problems.join('\n- ')}`);
}
