/**
 * Country names for a picker, in the survivor's language. They come from the
 * browser's own data (Intl.DisplayNames), like a date's month names, so no
 * locale file has to carry 245 of them; a browser without it shows the codes.
 */
import { type CountryCode, phoneCountries } from '../domain/phone';

export interface CountryOptions {
  name: (code: CountryCode) => string;
  /** Every country whose numbers can be read, sorted as the language sorts. */
  options: readonly { value: CountryCode; label: string }[];
}

const made = new Map<string, CountryOptions>();

function make(language: string): CountryOptions {
  let names: Intl.DisplayNames | null = null;
  try {
    names = new Intl.DisplayNames([language, 'en'], { type: 'region' });
  } catch {
    names = null;
  }
  const name = (code: CountryCode) => names?.of(code) ?? code;
  const options = phoneCountries().map((code) => ({ value: code, label: name(code) }));
  return { name, options: options.sort((a, b) => a.label.localeCompare(b.label, language)) };
}

/** Made once per language: a list re-renders on every key typed in the form around it. */
export function countryOptions(language: string): CountryOptions {
  let options = made.get(language);
  if (!options) {
    options = make(language);
    made.set(language, options);
  }
  return options;
}
