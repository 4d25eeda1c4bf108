import { afterEach, describe, expect, it, vi } from 'vitest';
import { readPreference, writePreference } from '../../src/safety/preferences';

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  localStorage.clear();
});

const refused = () => {
  throw new DOMException('The operation is insecure.', 'SecurityError');
};

describe('choices kept outside the notebook', () => {
  it('are kept in localStorage under the app’s own prefix', () => {
    writePreference('exit', 'calculator');
    expect(localStorage.getItem('notebook.exit')).toBe('calculator');
    expect(readPreference('exit')).toBe('calculator');
  });

  it('read as nothing when never made', () => {
    expect(readPreference('exit')).toBeNull();
  });

  it('read as nothing, without failing, when the browser refuses storage', () => {
    localStorage.setItem('notebook.exit', 'calculator');
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(refused);
    expect(readPreference('exit')).toBeNull();
  });

  it('are dropped without failing when the browser refuses to store them', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(refused);
    expect(() => writePreference('exit', 'calculator')).not.toThrow();
    vi.restoreAllMocks();
    expect(localStorage.getItem('notebook.exit')).toBeNull();
  });

  it('work as nothing where there is no localStorage at all', () => {
    vi.stubGlobal('localStorage', undefined);
    expect(() => writePreference('exit', 'calculator')).not.toThrow();
    expect(readPreference('exit')).toBeNull();
  });
});
