/**
 * Phone numbers from any country, understood by libphonenumber-js rather
 * than by hand. A number without a + is read as a number of the default
 * country: the person's own, when the survivor chose it, otherwise the
 * country the caller passes in. Nothing typed is ever refused: a short code
 * (911, 988, 112) is kept as a short code, and a number that cannot be
 * understood is kept exactly as written, flagged so a screen can say so
 * gently. Neither is ever rewritten into another number.
 */
import { type CountryCode, getCountries, isSupportedCountry, parsePhoneNumberFromString } from 'libphonenumber-js';

export type { CountryCode } from 'libphonenumber-js';

/**
 * What a typed number becomes.
 * - `checked`: understood; `stored` is the E.164 form, or the international
 *   form when there is an extension, so the extension survives.
 * - `short`: a short code such as 911 or 988; kept as typed, needing no note.
 * - `unchecked`: not understood; kept as typed, with a note beside it.
 */
export type PhoneCheck =
  | { status: 'checked'; international: string; e164: string; stored: string }
  | { status: 'short'; stored: string }
  | { status: 'unchecked'; stored: string };

export const DEFAULT_PHONE_COUNTRY: CountryCode = 'US';

/** Emergency and service codes: 2 to 6 digits, perhaps with * or #, and nothing else. */
const SHORT_CODE = /^[*#]?\d{2,6}#?$/;

export function isShortCode(text: string): boolean {
  return SHORT_CODE.test(text.replace(/[\s-]/g, ''));
}

/**
 * Mexico dropped the 1 that mobiles used to carry after +52 (+52 1 55 ...);
 * people still write it, and the parser no longer accepts it.
 */
function withoutOldMexicanMobilePrefix(text: string): string {
  const match = /^\+\s*52[\s-]*1[\s-]*(\d[\d\s().-]*)$/.exec(text);
  if (!match?.[1]) return text;
  const rest = match[1].replace(/\D/g, '');
  return rest.length === 10 ? `+52${rest}` : text;
}

function parseValid(text: string, defaultCountry: CountryCode) {
  const trimmed = text.trim();
  if (isShortCode(trimmed)) return undefined;
  const parsed = parsePhoneNumberFromString(withoutOldMexicanMobilePrefix(trimmed), defaultCountry);
  return parsed?.isValid() ? parsed : undefined;
}

/** Checks a number as typed. Whatever happens, `stored` is something to keep. */
export function checkPhone(input: string, defaultCountry: CountryCode = DEFAULT_PHONE_COUNTRY): PhoneCheck {
  const typed = input.trim();
  if (isShortCode(typed)) return { status: 'short', stored: typed };
  const parsed = parseValid(typed, defaultCountry);
  if (!parsed) return { status: 'unchecked', stored: typed };
  const international = parsed.formatInternational();
  return {
    status: 'checked',
    international,
    e164: parsed.number,
    stored: parsed.ext ? international : parsed.number,
  };
}

/** A two-letter region the phone library knows, or null: a guard, so no caller casts. */
export function phoneCountry(code: string | null | undefined): CountryCode | null {
  const upper = code?.toUpperCase();
  return upper && /^[A-Z]{2}$/.test(upper) && isSupportedCountry(upper) ? upper : null;
}

/** Every country whose numbers can be read, as two-letter regions. */
export function phoneCountries(): readonly CountryCode[] {
  return getCountries();
}

/** The country of a language tag such as `es-MX`, when it names one (`es` alone does not). */
export function regionOfLanguage(tag: string | null | undefined): CountryCode | null {
  if (!tag) return null;
  try {
    return phoneCountry(new Intl.Locale(tag).region);
  } catch {
    return null;
  }
}

/** The first country that is known, in order of preference; the US when none is. */
export function defaultPhoneCountry(...candidates: readonly (string | null | undefined)[]): CountryCode {
  for (const candidate of candidates) {
    const country = phoneCountry(candidate);
    if (country) return country;
  }
  return DEFAULT_PHONE_COUNTRY;
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
