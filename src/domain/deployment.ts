/**
 * The deployment configuration: what the organisation hosting the app puts
 * in survivors' hands. One JSON file, read and checked when the app is built
 * (vite.config.ts), never fetched: the checked data becomes part of the
 * precached build. The default file (deployment.default.json, beside this
 * one) holds what the seed pages give.
 *
 * Names, hours and sources are the host's own words and are shown as they
 * are written; the words around them live in locales/. Two values are
 * translated instead: `hours: "any"` (open at any hour) and
 * `languages: "all"`.
 */
import './schema-config.ts';
import { z } from 'zod';
import { APP_LANGUAGE_CODES } from './app-languages.ts';
import { LIMITS } from './limits.ts';
import { ORGANISATION_HELP, ORGANISATION_TYPES } from './organisation.ts';
import { type CountryCode, checkPhone, dialable, isShortCode, phoneCountry } from './phone.ts';

export { APP_LANGUAGE_CODES, type AppLanguageCode } from './app-languages.ts';

/** The neutral names and icons the app can wear (src/safety/identity.ts, public/manifests/). */
export const NEUTRAL_IDENTITIES = ['notebook', 'recipes', 'lists'] as const;
export type NeutralIdentity = (typeof NEUTRAL_IDENTITIES)[number];

/** `hours` value for a line that answers at any hour, shown in the survivor's language. */
export const ANY_HOUR = 'any';
/** `languages` value for a line that serves every language, shown in the survivor's language. */
export const ALL_LANGUAGES = 'all';

const text = (max: number) =>
  z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);

const isoDate = z.iso.date({ message: 'must be a date written YYYY-MM-DD' });

function isLanguageTag(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

const languagesSchema = z.union(
  [
    z.literal(ALL_LANGUAGES),
    z
      .array(z.string().refine(isLanguageTag, 'must be a language code such as "es" or "zh-Hant"'))
      .min(1, 'must name at least one language')
      .max(LIMITS.languagesPerPerson),
  ],
  { message: `must be "${ALL_LANGUAGES}" or a list of language codes such as ["en", "es"]` },
);

const hoursSchema = text(LIMITS.shortText);
const sourceSchema = text(LIMITS.shortText);
const numberSchema = text(LIMITS.phoneNumber);

/** Where a list names an entry it named before. */
function repeats(values: readonly string[]): { index: number; value: string }[] {
  return values.flatMap((value, index) => (values.indexOf(value) === index ? [] : [{ index, value }]));
}

const emergencySchema = z.strictObject({
  /** As people write it: 911, 112, 999. */
  number: numberSchema,
  source: sourceSchema,
  checkedOn: isoDate,
});

const hotlineSchema = z.strictObject({
  /** The line's own name, in the host's words. */
  name: text(LIMITS.organisationName),
  /** As the line writes it; read as a number of `country` when it has no +. */
  number: numberSchema,
  /** Another way the line writes its number, such as letters on the keypad. */
  alsoWritten: text(LIMITS.phoneNumber).optional(),
  /** A number that takes text messages, when the line has one. */
  sms: numberSchema.optional(),
  /** 'national' for the whole country; 'local' for one area. */
  reach: z.enum(['national', 'local'], { message: 'must be "national" or "local"' }),
  /** "any", or the hours in the host's words. */
  hours: hoursSchema.optional(),
  /** Left out when the source does not say. */
  languages: languagesSchema.optional(),
  /** Where the number comes from, as plain text (never shown as a link). */
  source: sourceSchema,
  checkedOn: isoDate,
});

const organisationSchema = z.strictObject({
  type: z.enum(ORGANISATION_TYPES, { message: `must be one of ${ORGANISATION_TYPES.join(', ')}` }),
  name: text(LIMITS.organisationName),
  phone: numberSchema,
  /** Ways it helps, from the app's own list, so they read in every language. */
  helps: z.array(z.enum(ORGANISATION_HELP, { message: `must be one of ${ORGANISATION_HELP.join(', ')}` })).default([]),
  /** What it does, in the host's words. */
  about: text(LIMITS.shortText).optional(),
  hours: hoursSchema.optional(),
  languages: languagesSchema.optional(),
  source: sourceSchema,
});

export const deploymentSchema = z
  .strictObject({
    /** Where numbers written without + belong, as a two-letter region (US, GB, MX). */
    country: z
      .string()
      .refine((code) => phoneCountry(code) === code, 'must be a two-letter region in capitals, such as "US"'),
    emergency: emergencySchema,
    hotlines: z.array(hotlineSchema).max(12, 'must list at most 12 lines'),
    organisations: z.array(organisationSchema).max(40, 'must list at most 40 organisations').default([]),
    /** Shown first in the language chooser, in this order; the others follow. */
    languagesFirst: z
      .array(z.enum(APP_LANGUAGE_CODES, { message: `must be one of ${APP_LANGUAGE_CODES.join(', ')}` }))
      .default([]),
    /** The neutral identities offered in the settings; the first is worn until the survivor picks another. */
    identities: z
      .array(z.enum(NEUTRAL_IDENTITIES, { message: `must be one of ${NEUTRAL_IDENTITIES.join(', ')}` }))
      .min(1, 'must offer at least one identity'),
  })
  .superRefine((deployment, context) => {
    const country = phoneCountry(deployment.country);
    if (!country) return;
    const checkNumber = (number: string, path: (string | number)[]) => {
      if (isShortCode(number) || checkPhone(number, country).status === 'checked') return;
      context.addIssue({
        code: 'custom',
        path,
        message: `"${number}" is not a phone number of ${country}: check the digits, or write it with + and the country code`,
      });
    };
    checkNumber(deployment.emergency.number, ['emergency', 'number']);
    deployment.hotlines.forEach((line, index) => {
      checkNumber(line.number, ['hotlines', index, 'number']);
      if (line.sms !== undefined) checkNumber(line.sms, ['hotlines', index, 'sms']);
    });
    deployment.organisations.forEach((organisation, index) => {
      checkNumber(organisation.phone, ['organisations', index, 'phone']);
    });
    for (const field of ['languagesFirst', 'identities'] as const) {
      for (const { index, value } of repeats(deployment[field])) {
        context.addIssue({ code: 'custom', path: [field, index], message: `"${value}" is listed twice` });
      }
    }
  });

export type Deployment = z.infer<typeof deploymentSchema>;
/** What the screens before the passphrase need. */
export type DeploymentStart = Pick<Deployment, 'languagesFirst' | 'identities'>;
export type Hotline = Deployment['hotlines'][number];
export type OfferedOrganisation = Deployment['organisations'][number];
export type EmergencyLine = Deployment['emergency'];
export type LineLanguages = NonNullable<Hotline['languages']>;

/** Where an issue is, as a person editing the file reads it: `hotlines[1].number`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out === '' ? '(the whole file)' : out;
}

export type DeploymentResult = { ok: true; deployment: Deployment } | { ok: false; problems: string[] };

/** Checks a configuration file's text; each problem names its field. */
export function parseDeployment(json: string): DeploymentResult {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    return { ok: false, problems: [`not valid JSON: ${error instanceof Error ? error.message : String(error)}`] };
  }
  const result = deploymentSchema.safeParse(data, {
    error: (issue) => (issue.input === undefined ? 'is missing' : undefined),
  });
  if (result.success) return { ok: true, deployment: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => {
      // An unknown key is reported on the object holding it; name the key itself.
      if (issue.code === 'unrecognized_keys') {
        return issue.keys
          .map((key) => `${fieldPath([...issue.path, key])}: is not a field of the configuration (check the spelling)`)
          .join('\n');
      }
      return `${fieldPath(issue.path)}: ${issue.message}`;
    }),
  };
}

/** The value for a tel: or sms: link. */
export function dialOf(number: string, country: string): string {
  return dialable(number, phoneCountry(country) ?? undefined);
}

/** A number as the notebook stores it (international when understood). */
export function storedNumber(number: string, country: string): string {
  const region: CountryCode | undefined = phoneCountry(country) ?? undefined;
  return checkPhone(number, region).stored;
}

/** Whether a line answers at any hour. */
export function answersAnyHour(hours: string | undefined): boolean {
  return hours?.trim().toLowerCase() === ANY_HOUR;
}
