import { describe, expect, it } from 'vitest';
import {
  buildExportFile,
  EXPORT_FORMAT,
  EXPORT_VERSION,
  exportFileName,
  MAX_IMPORT_CHARS,
  parseImportFile,
  type ImportRefusal,
} from '../exportImport';
import { TOURS } from '../progress/__tests__/fixtures/tours';
import type { ProgressState } from '../progress/types';
import { PROGRESS_VERSION } from '../storage';

const T0 = 1_700_000_000_000;

const MID_TOUR: ProgressState = {
  tours: {
    'invite-users': {
      status: 'in_progress',
      currentStep: 3,
      done: {
        'open-settings': T0 + 1000,
        'open-users-and-teams': T0 + 2000,
        'open-invite-dialog': T0 + 3000,
      },
      startedAt: T0,
      completedAt: null,
      updatedAt: T0 + 3000,
    },
    'second-tour': {
      status: 'completed',
      currentStep: 2,
      done: { first: T0, second: T0, third: T0 },
      startedAt: T0 - 5000,
      completedAt: T0,
      updatedAt: T0,
    },
  },
};

function fileWith(fields: Record<string, unknown>): string {
  return JSON.stringify({
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: '2026-05-12T10:00:00.000Z',
    progress: MID_TOUR,
    ...fields,
  });
}

function refusalOf(text: string): ImportRefusal | 'accepted' {
  const result = parseImportFile(text, TOURS);
  return result.ok ? 'accepted' : result.reason;
}

describe('export file', () => {
  it('is named after the local date of the export', () => {
    expect(exportFileName(new Date(2026, 0, 5, 23, 59))).toBe('invite-guide-progress-2026-01-05.json');
    expect(exportFileName(new Date(2026, 11, 31, 0, 1))).toBe('invite-guide-progress-2026-12-31.json');
  });

  it('carries the format marker, the version, the export time and the progress', () => {
    const now = new Date(Date.UTC(2026, 4, 12, 10, 0));
    const { fileName, text } = buildExportFile(MID_TOUR, now);
    expect(fileName).toBe(exportFileName(now));
    expect(JSON.parse(text)).toEqual({
      format: 'mixpanel-invite-guide/progress',
      version: 2,
      exportedAt: '2026-05-12T10:00:00.000Z',
      progress: MID_TOUR,
    });
  });

  it('has the version of the stored progress shape, so a storage bump forces a look at this format', () => {
    expect(EXPORT_VERSION).toBe(PROGRESS_VERSION);
  });
});

describe('import: round trip', () => {
  it('an admin who exports and imports the file gets exactly the progress they had', () => {
    const { text } = buildExportFile(MID_TOUR, new Date(T0));
    const result = parseImportFile(text, TOURS);
    expect(result).toEqual({ ok: true, state: MID_TOUR, exportedAt: new Date(T0).toISOString() });
  });

  it('an export of no progress at all imports as no progress', () => {
    const { text } = buildExportFile({ tours: {} }, new Date(T0));
    expect(parseImportFile(text, TOURS)).toMatchObject({ ok: true, state: { tours: {} } });
  });

  it('keeps a tour this version does not know (harmless, and it may come from a newer install)', () => {
    const state: ProgressState = {
      tours: { ...MID_TOUR.tours, 'future-tour': { ...MID_TOUR.tours['second-tour']!, currentStep: 40 } },
    };
    expect(parseImportFile(buildExportFile(state, new Date(T0)).text, TOURS)).toMatchObject({
      ok: true,
      state,
    });
  });
});

describe('import: files that are refused', () => {
  it.each<[string, string, ImportRefusal]>([
    ['an empty file', '', 'notJson'],
    ['a text file', 'Invite a user to Mixpanel\n', 'notJson'],
    ['a truncated export', fileWith({}).slice(0, 60), 'notJson'],
    ['a JSON array', '[1, 2, 3]', 'notJson'],
    ['a JSON string', '"progress"', 'notJson'],
    ['JSON null', 'null', 'notJson'],
    ['some other JSON file', JSON.stringify({ name: 'package', version: 2 }), 'notOurs'],
    ['bare progress without the marker', JSON.stringify(MID_TOUR), 'notOurs'],
    ['another format marker', fileWith({ format: 'mixpanel-invite-guide/settings' }), 'notOurs'],
    ['a file from a newer version', fileWith({ version: 3 }), 'futureVersion'],
    ['a file from a much newer version', fileWith({ version: 42 }), 'futureVersion'],
    ['a file without a version', fileWith({ version: undefined }), 'unsupportedVersion'],
    ['a file with version "2" as text', fileWith({ version: '2' }), 'unsupportedVersion'],
    ['a file with version 1', fileWith({ version: 1 }), 'unsupportedVersion'],
    ['a file with version 2.5', fileWith({ version: 2.5 }), 'unsupportedVersion'],
    ['a file without progress', fileWith({ progress: undefined }), 'invalidProgress'],
    ['progress that is a list', fileWith({ progress: [] }), 'invalidProgress'],
    ['progress without tours', fileWith({ progress: { steps: 3 } }), 'invalidProgress'],
    [
      'a tour with an unknown status',
      fileWith({
        progress: { tours: { 'invite-users': { ...MID_TOUR.tours['invite-users'], status: 'x' } } },
      }),
      'invalidProgress',
    ],
    [
      'a current step beyond the tour',
      fileWith({
        progress: { tours: { 'invite-users': { ...MID_TOUR.tours['invite-users'], currentStep: 8 } } },
      }),
      'invalidProgress',
    ],
    [
      'a done time that is not a time',
      fileWith({
        progress: {
          tours: {
            'invite-users': { ...MID_TOUR.tours['invite-users'], done: { 'open-settings': 'today' } },
          },
        },
      }),
      'invalidProgress',
    ],
  ])('%s is refused as %s', (_what, text, reason) => {
    expect(refusalOf(text)).toBe(reason);
  });

  it('a huge file is refused before it is parsed', () => {
    const text = fileWith({ padding: 'x'.repeat(MAX_IMPORT_CHARS) });
    expect(refusalOf(text)).toBe('tooLarge');
  });

  it('names what is damaged in damaged progress', () => {
    const text = fileWith({
      progress: { tours: { 'invite-users': { ...MID_TOUR.tours['invite-users'], currentStep: 12 } } },
    });
    const result = parseImportFile(text, TOURS);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.details.join('\n')).toContain('currentStep: 12 out of range');
  });

  it('names the version of a newer file', () => {
    const result = parseImportFile(fileWith({ version: 3 }), TOURS);
    expect(result).toEqual({
      ok: false,
      reason: 'futureVersion',
      details: ['version 3; this version reads 2'],
    });
  });
});

describe('import and export: step timings', () => {
  const TIMINGS = {
    runs: [
      {
        tourId: 'invite-users',
        startedAt: T0,
        steps: [
          { stepId: 'open-settings', ms: 4200, byHand: false },
          { stepId: 'open-users-and-teams', ms: 900, byHand: true },
        ],
      },
    ],
  };

  it('a trainer who exports and imports the file gets the step timings back as they were', () => {
    const { text } = buildExportFile(MID_TOUR, new Date(T0), TIMINGS);
    expect(JSON.parse(text).stepTimings).toEqual(TIMINGS);
    expect(parseImportFile(text, TOURS)).toEqual({
      ok: true,
      state: MID_TOUR,
      exportedAt: new Date(T0).toISOString(),
      timings: TIMINGS,
    });
  });

  it('an older export without step timings still imports, and says nothing of timings', () => {
    const result = parseImportFile(fileWith({}), TOURS);
    expect(result.ok).toBe(true);
    expect(result.ok && 'timings' in result).toBe(false);
  });

  it.each([
    ['a list', []],
    [
      'a run with a negative time',
      { runs: [{ ...TIMINGS.runs[0], steps: [{ stepId: 'a', ms: -5, byHand: false }] }] },
    ],
    ['runs as text', { runs: 'many' }],
  ])(
    'a file whose step timings are damaged (%s) is refused whole, with its own reason',
    (_name, stepTimings) => {
      const result = parseImportFile(fileWith({ stepTimings }), TOURS);
      expect(result).toMatchObject({ ok: false, reason: 'invalidTimings' });
    },
  );
});
