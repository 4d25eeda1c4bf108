/**
 * Phone numbers from any country, understood by libphonenumber-js rather
 * than by hand. A number without a + is read as a number of the default
 * country (the survivor's country of residence). What cannot be understood
 * as a valid number (a short code such as 911, a prefix such as *67) is kept
 * and dialled exactly as written, never rewritten into another number.
 */
import { type CountryCode, parsePhoneNumberFromString } from 'libphonenumber-js';

export type PhoneCheck = { ok: true; international: string; e164: string; stored: string } | { ok: false };

export const DEFAULT_PHONE_COUNTRY: CountryCode = 'US';

function parseValid(text: string, defaultCountry: CountryCode) {
  const parsed = parsePhoneNumberFromString(text.trim(), defaultCountry);
  return parsed?.isValid() ? parsed : undefined;
}

/**
 * Checks a number as typed. `stored` is what to keep: the E.164 form, or the
 * international form when there is an extension, so the extension survives.
 */
export function checkPhone(input: string, defaultCountry: CountryCode = DEFAULT_PHONE_COUNTRY): PhoneCheck {
  const parsed = parseValid(input, defaultCountry);
  if (!parsed) return { ok: false };
  const international = parsed.formatInternational();
  return { ok: true, international, e164: parsed.number, stored: parsed.ext ? international : parsed.number };
}

/** A stored number as the screens use it: how to show it, and what to dial. */
export interface PhoneView {
  /** The national form for the default country, international otherwise; as written when not understood. */
  display: string;
  /** The value for a tel: or sms: link (RFC 3966: an extension as ;ext=). */
  dial: string;
}

/** Both forms from one parse: parsing is the costly part, and a list shows and dials every number. */
export function phoneView(stored: string, defaultCountry: CountryCode = DEFAULT_PHONE_COUNTRY): PhoneView {
  const parsed = parseValid(stored, defaultCountry);
  if (!parsed) return { display: stored, dial: stored.replace(/[^\d+*#]/g, '') };
  return {
    display: parsed.country === defaultCountry ? parsed.formatNational() : parsed.formatInternational(),
    dial: parsed.ext ? `${parsed.number};ext=${parsed.ext}` : parsed.number,
  };
}

/** How to show a stored number: the national form for the default country, international otherwise. */
export function displayPhone(stored: string, defaultCountry: CountryCode = DEFAULT_PHONE_COUNTRY): string {
  return phoneView(stored, defaultCountry).display;
}

/** The value for a tel: or sms: link (RFC 3966: an extension as ;ext=). */
export function dialable(stored: string, defaultCountry: CountryCode = DEFAULT_PHONE_COUNTRY): string {
  return phoneView(stored, defaultCountry).dial;
}
