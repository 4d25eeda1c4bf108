/**
 * The pseudo-language: English with every letter accented and every string
 * wrapped in ⟦ ⟧. Placeholders and nesting are left as they are, so the
 * result behaves like any translation. Text on screen without the marks
 * did not come from the locale files.
 */
export const PSEUDO_START = '⟦';
export const PSEUDO_END = '⟧';

const ACCENTED: Record<string, string> = {
  a: 'å',
  e: 'ë',
  i: 'ï',
  o: 'ő',
  u: 'ů',
  y: 'ÿ',
  c: 'ç',
  n: 'ñ',
  s: 'ş',
  A: 'Å',
  E: 'Ë',
  I: 'Ï',
  O: 'Ő',
  U: 'Ů',
  Y: 'Ÿ',
  C: 'Ç',
  N: 'Ñ',
  S: 'Ş',
};

/** Accents the letters of a string outside {{placeholders}} and $t(nesting). */
export function pseudoString(text: string): string {
  const parts = text.split(/(\{\{[^}]*\}\}|\$t\([^)]*\))/);
  const accented = parts.map((part, index) =>
    index % 2 === 1 ? part : part.replace(/[a-zA-Z]/g, (letter) => ACCENTED[letter] ?? letter),
  );
  return `${PSEUDO_START}${accented.join('')}${PSEUDO_END}`;
}

export function pseudoMessages<T>(messages: T): T {
  if (typeof messages === 'string') return pseudoString(messages) as T;
  if (Array.isArray(messages)) return messages.map(pseudoMessages) as T;
  if (messages && typeof messages === 'object') {
    return Object.fromEntries(Object.entries(messages).map(([key, value]) => [key, pseudoMessages(value)])) as T;
  }
  return messages;
}
