/** Words shared by the screening views: a person's label inside a sentence, and a question's text. */
import type { TFunction } from 'i18next';
import type { ScreeningQuestion } from '../../domain/screening';

/**
 * Wraps a label typed by the survivor in Unicode isolates, so a name in one
 * script keeps its own direction inside a sentence in another (an Arabic
 * name in English, a Latin name in Arabic) without moving the punctuation.
 */
export function isolate(label: string): string {
  return `\u2068${label}\u2069`;
}

export function questionText(t: TFunction, question: ScreeningQuestion, label: string): string {
  return t(`screening:questions.${question}.text`, { label: isolate(label) });
}
