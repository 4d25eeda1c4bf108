import { describe, expect, it } from 'vitest';
import {
  checkPhone,
  DEFAULT_PHONE_COUNTRY,
  defaultPhoneCountry,
  dialable,
  displayPhone,
  isShortCode,
  phoneCountries,
  phoneCountry,
  phoneView,
  regionOfLanguage,
} from '../../src/domain/phone';

describe('checkPhone', () => {
  it('reads a number without + as a number of the country of residence (the US by default)', () => {
    expect(DEFAULT_PHONE_COUNTRY).toBe('US');
    for (const typed of ['202 555 0143', '(202) 555-0143', '202-555-0143', '2025550143', '1 202 555 0143']) {
      expect(checkPhone(typed), typed).toMatchObject({
        status: 'checked',
        international: '+1 202 555 0143',
        e164: '+12025550143',
      });
    }
  });

  it('accepts the national hotline written with dashes and a leading 1', () => {
    expect(checkPhone('1-800-799-7233')).toMatchObject({
      status: 'checked',
      international: '+1 800 799 7233',
      e164: '+18007997233',
    });
  });

  it('accepts a Mexican number written with +52', () => {
    expect(checkPhone('+52 55 1234 5678')).toMatchObject({
      status: 'checked',
      international: '+52 55 1234 5678',
      e164: '+525512345678',
    });
    expect(checkPhone('+52 33 1234 5678')).toMatchObject({ status: 'checked', e164: '+523312345678' });
  });

  it('accepts Philippine mobile and landline numbers written with +63', () => {
    expect(checkPhone('+63 917 123 4567')).toMatchObject({
      status: 'checked',
      international: '+63 917 123 4567',
      e164: '+639171234567',
    });
    expect(checkPhone('+63 2 8123 4567')).toMatchObject({ status: 'checked', e164: '+63281234567' });
  });

  it('accepts UK numbers written with +44, even with the (0) people often keep', () => {
    expect(checkPhone('+44 20 7946 0958')).toMatchObject({
      status: 'checked',
      international: '+44 20 7946 0958',
      e164: '+442079460958',
    });
    expect(checkPhone('+44 (0)20 7946 0958')).toMatchObject({ status: 'checked', e164: '+442079460958' });
    expect(checkPhone('+44 7911 123456')).toMatchObject({ status: 'checked', e164: '+447911123456' });
  });

  it('reads a number without + in another default country when asked', () => {
    expect(checkPhone('07911 123456', 'GB')).toMatchObject({ status: 'checked', e164: '+447911123456' });
    expect(checkPhone('07911 123456')).toEqual({ status: 'unchecked', stored: '07911 123456' });
  });

  it('ignores spaces around the number', () => {
    expect(checkPhone('  +52 55 1234 5678  ')).toMatchObject({ status: 'checked', e164: '+525512345678' });
  });

  it.each([
    ['words', 'hello'],
    ['too many digits', '202 555 01433'],
    ['all zeros', '0000000000'],
    ['an area code that cannot exist', '(212) 123-4567'],
    ['a country code that does not exist', '+999 1234567'],
    ['a doubled plus', '++44'],
    ['a UK number without + read as American', '020 7946 0958'],
    ['a caller-ID prefix before a number', '*67 202 555 0143'],
  ])('keeps %s exactly as typed, flagged as not checked', (_what, typed) => {
    expect(checkPhone(` ${typed} `)).toEqual({ status: 'unchecked', stored: typed });
  });

  it.each(['911', '988', '112', '311', '17', '*611', '#31#'])('keeps the short code %s as a short code', (code) => {
    expect(checkPhone(code)).toEqual({ status: 'short', stored: code });
    expect(checkPhone(code, 'GB')).toEqual({ status: 'short', stored: code });
    expect(isShortCode(code)).toBe(true);
  });

  it('accepts the older Mexican mobile form with a 1 after +52, and stores it without the 1', () => {
    for (const typed of ['+52 1 55 8765 4321', '+521 55 8765 4321', '+5215587654321', '+52-1-55-8765-4321']) {
      expect(checkPhone(typed), typed).toEqual({
        status: 'checked',
        international: '+52 55 8765 4321',
        e164: '+525587654321',
        stored: '+525587654321',
      });
    }
    expect(checkPhone('+52 1 55 8765')).toMatchObject({ status: 'unchecked' });
  });

  it('reads a number abroad typed without + in the default country it is given', () => {
    expect(checkPhone('55 8765 4321', 'MX')).toMatchObject({ status: 'checked', e164: '+525587654321' });
    expect(checkPhone('0917 123 4567', 'PH')).toMatchObject({ status: 'checked', e164: '+639171234567' });
    expect(checkPhone('55 8765 4321')).toEqual({ status: 'unchecked', stored: '55 8765 4321' });
  });

  it('keeps an extension, in the international form', () => {
    expect(checkPhone('202 555 0143 ext. 12')).toMatchObject({
      status: 'checked',
      stored: '+1 202 555 0143 ext. 12',
      e164: '+12025550143',
    });
    expect(checkPhone('55 8765 4321 x7', 'MX')).toMatchObject({ status: 'checked', stored: '+52 55 8765 4321 ext. 7' });
  });
});

describe('the default country for numbers without +', () => {
  it('takes the first country that is known, then the US', () => {
    expect(defaultPhoneCountry('MX', 'PH')).toBe('MX');
    expect(defaultPhoneCountry(null, undefined, 'ph')).toBe('PH');
    expect(defaultPhoneCountry('XX', 'Mexico', '')).toBe('US');
    expect(defaultPhoneCountry()).toBe('US');
  });

  it('finds the country of a language tag when it names one', () => {
    expect(regionOfLanguage('es-MX')).toBe('MX');
    expect(regionOfLanguage('zh-Hant-TW')).toBe('TW');
    expect(regionOfLanguage('es')).toBeNull();
    expect(regionOfLanguage('not a tag')).toBeNull();
    expect(regionOfLanguage(undefined)).toBeNull();
  });

  it('knows only the countries whose numbers it can read', () => {
    expect(phoneCountry('mx')).toBe('MX');
    expect(phoneCountry('ZZ')).toBeNull();
    expect(phoneCountries()).toContain('HT');
  });
});

describe('displayPhone', () => {
  it('shows a number of the country of residence in national form', () => {
    expect(displayPhone('+12025550143')).toBe('(202) 555-0143');
  });

  it('shows a number from another country in international form', () => {
    expect(displayPhone('+525512345678')).toBe('+52 55 1234 5678');
    expect(displayPhone('+639171234567')).toBe('+63 917 123 4567');
    expect(displayPhone('+442079460958')).toBe('+44 20 7946 0958');
  });

  it('follows the default country it is given', () => {
    expect(displayPhone('+442079460958', 'GB')).toBe('020 7946 0958');
    expect(displayPhone('+447400123456', 'GB')).toBe('07400 123456');
    expect(displayPhone('+12025550143', 'GB')).toBe('+1 202 555 0143');
  });

  it('shows text it cannot read as a number as it was stored', () => {
    expect(displayPhone('ask at the shop')).toBe('ask at the shop');
  });

  it('round-trips: what it shows is read back as the same number', () => {
    for (const stored of ['+12025550143', '+525512345678', '+639171234567', '+442079460958']) {
      expect(checkPhone(displayPhone(stored))).toMatchObject({ status: 'checked', e164: stored });
    }
  });
});

describe('dialable', () => {
  it('gives the E.164 form for a tel: link', () => {
    expect(dialable('+12025550143')).toBe('+12025550143');
    expect(dialable('(202) 555-0143')).toBe('+12025550143');
    expect(dialable('+52 55 1234 5678')).toBe('+525512345678');
    expect(dialable('+63 917 123 4567')).toBe('+639171234567');
    expect(dialable('+44 (0)20 7946 0958')).toBe('+442079460958');
  });

  it('dials an extension the way phones understand it (;ext=)', () => {
    expect(dialable('+1 202 555 0143 ext. 12')).toBe('+12025550143;ext=12');
  });

  it('keeps only digits and + of text it cannot read as a number', () => {
    expect(dialable('abc')).toBe('');
  });

  // Regression: a number that is not a valid one must never be rewritten into another.
  it('keeps a short number such as 911 dialable as 911, not +1911', () => {
    expect(dialable('911')).toBe('911');
  });

  it('keeps a caller-ID prefix such as *67 instead of folding it into the number', () => {
    expect(dialable('*67 202 555 0143')).not.toBe('+1672025550143');
  });

  it('shows text that holds a number as it was stored, not only its digits', () => {
    expect(displayPhone('garbage 12')).toBe('garbage 12');
  });
});

describe('phoneView', () => {
  it('gives the shown and the dialled form of one number together', () => {
    expect(phoneView('+12025550143')).toEqual({ display: '(202) 555-0143', dial: '+12025550143' });
    expect(phoneView('+525512345678')).toEqual({ display: '+52 55 1234 5678', dial: '+525512345678' });
    expect(phoneView('+1 202 555 0143 ext. 12')).toEqual({
      display: '(202) 555-0143 ext. 12',
      dial: '+12025550143;ext=12',
    });
  });

  it('keeps what it cannot read as a number as written, and dials only its digits, + * and #', () => {
    expect(phoneView('911')).toEqual({ display: '911', dial: '911' });
    expect(phoneView('*67 202 555 0143')).toEqual({ display: '*67 202 555 0143', dial: '*672025550143' });
  });
});
