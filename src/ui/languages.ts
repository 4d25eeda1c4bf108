import type { AppLanguageCode } from '../domain/deployment';

/** The languages the app speaks, each named in its own script. */
export interface LanguageInfo {
  code: string;
  /** The language's name in itself. */
  name: string;
  dir: 'ltr' | 'rtl';
}

/**
 * In the order shown to a person choosing: English first (the source), then
 * the others by the number of people in the US who speak them at home.
 */
export const LANGUAGES: readonly (LanguageInfo & { code: AppLanguageCode })[] = [
  { code: 'en', name: 'English', dir: 'ltr' },
  { code: 'es', name: 'Español', dir: 'ltr' },
  { code: 'zh-Hans', name: '中文（简体）', dir: 'ltr' },
  { code: 'zh-Hant', name: '中文（繁體）', dir: 'ltr' },
  { code: 'tl', name: 'Tagalog', dir: 'ltr' },
  { code: 'vi', name: 'Tiếng Việt', dir: 'ltr' },
  { code: 'ar', name: 'العربية', dir: 'rtl' },
  { code: 'fr', name: 'Français', dir: 'ltr' },
  { code: 'ko', name: '한국어', dir: 'ltr' },
  { code: 'ru', name: 'Русский', dir: 'ltr' },
  { code: 'pt', name: 'Português', dir: 'ltr' },
  { code: 'ht', name: 'Kreyòl ayisyen', dir: 'ltr' },
  { code: 'hi', name: 'हिन्दी', dir: 'ltr' },
  { code: 'fa', name: 'فارسی', dir: 'rtl' },
  { code: 'ja', name: '日本語', dir: 'ltr' },
  { code: 'uk', name: 'Українська', dir: 'ltr' },
  { code: 'so', name: 'Soomaali', dir: 'ltr' },
  { code: 'sw', name: 'Kiswahili', dir: 'ltr' },
  { code: 'my', name: 'မြန်မာ', dir: 'ltr' },
  { code: 'prs', name: 'دری', dir: 'rtl' },
  { code: 'pl', name: 'Polski', dir: 'ltr' },
  { code: 'ur', name: 'اردو', dir: 'rtl' },
  { code: 'bn', name: 'বাংলা', dir: 'ltr' },
  { code: 'pa', name: 'ਪੰਜਾਬੀ', dir: 'ltr' },
  { code: 'am', name: 'አማርኛ', dir: 'ltr' },
  { code: 'ne', name: 'नेपाली', dir: 'ltr' },
  { code: 'ps', name: 'پښتو', dir: 'rtl' },
  { code: 'ti', name: 'ትግርኛ', dir: 'ltr' },
  { code: 'th', name: 'ไทย', dir: 'ltr' },
];

export const SOURCE_LANGUAGE = 'en';

/** The languages in the order a chooser offers them: `first` (the deployment configuration's), then the rest. */
export function chooserOrder(first: readonly string[]): readonly LanguageInfo[] {
  const picked = first.flatMap((code) => LANGUAGES.filter((language) => language.code === code));
  return [...picked, ...LANGUAGES.filter((language) => !picked.includes(language))];
}

/**
 * A made-up language for development and tests: every string is English
 * wrapped in markers, so text that skipped translation stands out.
 */
export const PSEUDO_LANGUAGE: LanguageInfo = { code: 'en-XA', name: '[Ƥşëůđő]', dir: 'ltr' };

export function languageInfo(code: string): LanguageInfo {
  if (code === PSEUDO_LANGUAGE.code) return PSEUDO_LANGUAGE;
  return LANGUAGES.find((language) => language.code === code) ?? { code, name: code, dir: 'ltr' };
}

/** Other codes browsers use for a language we have. */
const ALIASES: Record<string, string> = { fil: 'tl', pes: 'fa', swh: 'sw', npi: 'ne', pnb: 'ur' };
const TRADITIONAL_CHINESE_REGIONS = ['tw', 'hk', 'mo'];
/** A language close enough to read when the app, or the host, does not offer the person's own. */
const NEAREST: Record<string, string> = { prs: 'fa' };

/**
 * Chinese is chosen by script, named or implied by the region; Persian in
 * Afghanistan is Dari; Punjabi in Arabic letters (Pakistan) is read by people
 * taught to read Urdu, not Gurmukhi; others by alias.
 */
function aliasOf(lower: string): string | undefined {
  const parts = lower.split('-');
  if (parts[0] === 'fa' && parts.includes('af')) return 'prs';
  if (parts[0] === 'pa' && (parts.includes('arab') || parts.includes('pk'))) return 'ur';
  if (parts[0] === 'zh') {
    if (parts.includes('hant')) return 'zh-Hant';
    if (parts.includes('hans')) return 'zh-Hans';
    return parts.some((part) => TRADITIONAL_CHINESE_REGIONS.includes(part)) ? 'zh-Hant' : 'zh-Hans';
  }
  return ALIASES[parts[0] ?? ''];
}

/** The first of the browser's languages that we have, or English. */
export function pickLanguage(
  preferred: readonly string[],
  available: readonly string[] = LANGUAGES.map((l) => l.code),
): string {
  const find = (code: string | undefined) =>
    code ? available.find((candidate) => candidate.toLowerCase() === code.toLowerCase()) : undefined;
  for (const tag of preferred) {
    const lower = tag.toLowerCase();
    const primary = lower.split('-')[0] ?? '';
    const match = find(lower) ?? find(aliasOf(lower)) ?? find(primary) ?? find(NEAREST[primary]);
    if (match) return match;
  }
  return SOURCE_LANGUAGE;
}
