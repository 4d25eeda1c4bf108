import { describe, expect, it } from 'vitest';
import { EMERGENCY_NUMBERS, emergencyNumber } from '../../src/domain/emergency';
import { dialable } from '../../src/domain/phone';
import { SOURCES } from '../../src/domain/sources';

const DIALABLE = /^\+?\d+$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const SOURCE_NAMES: readonly string[] = Object.values(SOURCES).map((source) => source.name);

/** The digits a phone keypad puts under each letter. */
function keypadDigits(text: string): string {
  const keys = ['', '', 'ABC', 'DEF', 'GHI', 'JKL', 'MNO', 'PQRS', 'TUV', 'WXYZ'];
  return [...text.toUpperCase()]
    .map((char) => (/\d/.test(char) ? char : String(keys.findIndex((letters) => letters.includes(char)))))
    .filter((digit) => digit !== '-1')
    .join('');
}

describe('EMERGENCY_NUMBERS', () => {
  it('has 911 and the National Domestic Violence Hotline with the numbers to dial', () => {
    expect(emergencyNumber('emergency-911')).toMatchObject({ display: '911', dial: '911', reach: 'national' });
    expect(emergencyNumber('national-dv-hotline')).toMatchObject({
      display: '1-800-799-7233',
      alsoWritten: '1-800-799-SAFE',
      dial: '+18007997233',
      reach: 'national',
    });
  });

  it('marks the hotline of the network as local, since it serves one area', () => {
    expect(emergencyNumber('local-the-network')).toMatchObject({
      display: '860.763.4542',
      dial: '+18607634542',
      reach: 'local',
    });
  });

  it('gives every number only digits to dial, with at most a leading +', () => {
    for (const entry of EMERGENCY_NUMBERS) {
      expect(entry.dial, entry.id).toMatch(DIALABLE);
      if (entry.sms !== undefined) expect(entry.sms, entry.id).toMatch(DIALABLE);
    }
  });

  it('dials what the number says as written, by the same rules as the rest of the app', () => {
    for (const entry of EMERGENCY_NUMBERS) expect(dialable(entry.display), entry.id).toBe(entry.dial);
  });

  it('spells the same number in letters as in digits (1-800-799-SAFE is 1-800-799-7233)', () => {
    for (const entry of EMERGENCY_NUMBERS) {
      if (entry.alsoWritten === undefined) continue;
      expect(`+${keypadDigits(entry.alsoWritten)}`, entry.id).toBe(entry.dial);
    }
  });

  it('names the page every number comes from, and when that page was read', () => {
    for (const entry of EMERGENCY_NUMBERS) {
      expect(entry.source.trim(), entry.id).not.toBe('');
      expect(SOURCE_NAMES, entry.id).toContain(entry.source);
      expect(entry.checkedOn, entry.id).toMatch(ISO_DATE);
      expect(Number.isNaN(Date.parse(entry.checkedOn)), entry.id).toBe(false);
    }
  });

  it('gives each number its own id', () => {
    const ids = EMERGENCY_NUMBERS.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('SOURCES', () => {
  it('names every page as plain text, never as a web address', () => {
    for (const source of Object.values(SOURCES)) {
      expect(source.name).not.toMatch(/https?:|www\.|\.(com|org|net)\b/);
      expect(source.checkedOn).toMatch(ISO_DATE);
    }
  });
});
