/**
 * Phone numbers from any country, understood by libphonenumber-js rather
 * than by hand. A number without a + is read as a number of the default
 * country (the survivor's country of residence).
 */
import { type CountryCode, parsePhoneNumberFromString } from 'libphonenumber-js';

export type PhoneCheck = { ok: true; international: string; e164: string } | { ok: false };

export const DEFAULT_PHONE_COUNTRY: CountryCode = 'US';

export function checkPhone(input: string, defaultCountry: CountryCode = DEFAULT_PHONE_COUNTRY): PhoneCheck {
  const trimmed = input.trim();
  if (!trimmed) return { ok: false };
  const parsed = parsePhoneNumberFromString(trimmed, defaultCountry);
  if (!parsed?.isValid()) return { ok: false };
  return { ok: true, international: parsed.formatInternational(), e164: parsed.number };
}

/** How to show a stored number: the national form for the default country, international otherwise. */
export function displayPhone(stored: string, defaultCountry: CountryCode = DEFAULT_PHONE_COUNTRY): string {
  const parsed = parsePhoneNumberFromString(stored, defaultCountry);
  if (!parsed) return stored;
  return parsed.country === defaultCountry ? parsed.formatNational() : parsed.formatInternational();
}

/** The value for a tel: link. */
export function dialable(stored: string, defaultCountry: CountryCode = DEFAULT_PHONE_COUNTRY): string {
  return parsePhoneNumberFromString(stored, defaultCountry)?.number ?? stored.replace(/[^\d+]/g, '');
}
