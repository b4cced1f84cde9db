import { describe, expect, it } from 'vitest';
import { findLmsApi, versionHint } from '@/lms/find-api';

type FakeWindow = Record<string, unknown> & { parent?: FakeWindow; opener?: FakeWindow | null };

/** A window whose parent is `parent` (or itself, at the top). */
function frame(parent?: FakeWindow, props: Record<string, unknown> = {}): FakeWindow {
  const win: FakeWindow = { opener: null, ...props };
  win.parent = parent ?? win;
  return win;
}

const api12 = (log: string[] = []) => ({
  LMSInitialize: () => 'true',
  LMSFinish: () => 'true',
  LMSGetValue: (e: string) => (e === 'cmi.suspend_data' ? 'saved' : ''),
  LMSSetValue: (e: string, v: string) => {
    log.push(`${e}=${v}`);
    return 'true';
  },
  LMSCommit: () => 'false',
  LMSGetLastError: () => '101',
});

const api2004 = () => ({
  Initialize: () => true,
  Terminate: () => true,
  GetValue: () => '',
  SetValue: () => {
    throw new Error('connection lost');
  },
  Commit: () => true,
  GetLastError: () => 0,
});

const asWindow = (w: FakeWindow) => w as unknown as Window;

describe('finding the LMS API', () => {
  it('finds SCORM 2004 a few frames up', () => {
    const top = frame(undefined, { API_1484_11: api2004() });
    const course = frame(frame(frame(top)));
    expect(findLmsApi(asWindow(course))?.version).toBe('2004');
  });

  it('finds SCORM 1.2 in the window that opened the course, or its parents', () => {
    const lms = frame(undefined, { API: api12() });
    const popup = frame();
    popup.opener = frame(lms);
    expect(findLmsApi(asWindow(popup))?.version).toBe('1.2');
  });

  it('prefers the version the manifest asked for, else SCORM 2004', () => {
    const both = frame(undefined, { API: api12(), API_1484_11: api2004() });
    expect(findLmsApi(asWindow(both))?.version).toBe('2004');
    expect(findLmsApi(asWindow(both), '1.2')?.version).toBe('1.2');
    expect(versionHint('?lms=scorm12')).toBe('1.2');
    expect(versionHint('?lms=scorm2004')).toBe('2004');
    expect(versionHint('')).toBeUndefined();
  });

  it('skips frames from another origin and objects that are not an API', () => {
    const top = frame(undefined, { API: api12() });
    const foreign = frame(top);
    Object.defineProperty(foreign, 'API_1484_11', {
      get() {
        throw new DOMException('Blocked a frame', 'SecurityError');
      },
    });
    const course = frame(foreign, { API: { notAnApi: true } });
    expect(findLmsApi(asWindow(course))?.version).toBe('1.2');
  });

  it('finds nothing outside an LMS, so the app keeps to local storage', () => {
    expect(findLmsApi(asWindow(frame(frame())))).toBeNull();
  });

  it('turns every answer into a plain result, and a thrown error into a failure', () => {
    const log: string[] = [];
    const v12 = findLmsApi(asWindow(frame(undefined, { API: api12(log) })))!;
    expect(v12.initialize()).toBe(true);
    expect(v12.getValue('cmi.suspend_data')).toBe('saved');
    expect(v12.setValue('cmi.core.exit', 'suspend')).toBe(true);
    expect(log).toEqual(['cmi.core.exit=suspend']);
    expect(v12.commit()).toBe(false);
    expect(v12.lastError()).toBe(101);
    const v2004 = findLmsApi(asWindow(frame(undefined, { API_1484_11: api2004() })))!;
    expect(v2004.setValue('cmi.exit', 'suspend')).toBe(false);
    expect(v2004.commit()).toBe(true);
  });
});
