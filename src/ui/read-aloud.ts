/**
 * Read-aloud without the sound: which of the device's voices may read a
 * language, which words of a screen are read, and how they are cut into
 * short utterances. Only voices on the device itself are ever chosen: a
 * network voice would send the screen's words to someone else's server.
 */

/** What the choice needs of a SpeechSynthesisVoice. */
export interface VoiceLike {
  lang: string;
  localService: boolean;
  default: boolean;
}

interface VoiceRule {
  /** The first part of a voice's language tag that can read the language. */
  primaries: readonly string[];
  /** Tags read best, best first: a voice whose tag is one of these, or starts with one and a dash, comes first. */
  prefer?: readonly string[];
  /** Tags that share a first part but are another spoken language (Cantonese for Mandarin readers). */
  refuse?: readonly string[];
}

/** The languages whose voices are not found by their code's first part alone. */
const RULES: Readonly<Record<string, VoiceRule>> = {
  'zh-Hans': {
    primaries: ['zh', 'cmn'],
    prefer: ['zh-cn', 'zh-hans', 'cmn-cn', 'cmn-hans', 'zh-sg'],
    refuse: ['zh-hk', 'zh-mo', 'zh-yue'],
  },
  'zh-Hant': {
    primaries: ['zh', 'cmn', 'yue'],
    prefer: ['zh-tw', 'zh-hant', 'cmn-tw', 'cmn-hant', 'zh-hk', 'yue', 'zh-mo'],
  },
  tl: { primaries: ['fil', 'tl'] },
  fa: { primaries: ['fa', 'pes', 'prs'] },
  /** Punjabi here is in Gurmukhi: a voice for Punjabi in Arabic letters (Pakistan) cannot read it. */
  pa: { primaries: ['pa'], refuse: ['pa-arab', 'pa-pk'] },
  /** Dari is written as Farsi is: a Farsi voice reads it, an Afghan one best. */
  prs: { primaries: ['prs', 'fa', 'pes'], prefer: ['prs', 'fa-af'] },
};

/** A language tag as voices write it ("es_MX", "es-mx"), in one form: lower case, dashes. */
export function normalTag(tag: string): string {
  return tag.trim().replace(/_/g, '-').toLowerCase();
}

const primaryOf = (tag: string) => normalTag(tag).split('-')[0] ?? '';
const startsWithTag = (tag: string, prefix: string) => tag === prefix || tag.startsWith(`${prefix}-`);

function ruleFor(language: string): VoiceRule {
  return RULES[language] ?? { primaries: [primaryOf(language)] };
}

/** Whether a voice's language can read the app's language (by its first part, with the rules above). */
export function voiceReads(voiceLang: string, language: string): boolean {
  const tag = normalTag(voiceLang);
  const rule = ruleFor(language);
  if (!rule.primaries.includes(primaryOf(tag))) return false;
  return !(rule.refuse ?? []).some((refused) => startsWithTag(tag, refused));
}

/**
 * The device voice to read `language` with, or null when the device has none
 * of its own for it. Network voices are never chosen. Among the rest: the
 * preferred variety of the language (Taiwan for Traditional Chinese), then a
 * variety the person's browser asks for (`preferred`, e.g. navigator.languages),
 * then the device's default voice, then the order the device gives.
 */
export function chooseVoice<Voice extends VoiceLike>(
  voices: readonly Voice[],
  language: string,
  preferred: readonly string[] = [],
): Voice | null {
  if (!voices.some((voice) => voice.localService === true)) return null;
  const rule = ruleFor(language);
  const prefer = rule.prefer ?? [];
  const asked = preferred.map(normalTag);
  const rank = (voice: Voice): number[] => {
    const tag = normalTag(voice.lang);
    const variety = prefer.findIndex((wanted) => startsWithTag(tag, wanted));
    const browser = asked.indexOf(tag);
    return [variety < 0 ? prefer.length : variety, browser < 0 ? asked.length : browser, voice.default ? 0 : 1];
  };
  const candidates = voices
    .map((voice, order) => ({ voice, order, rank: rank(voice) }))
    .filter(({ voice }) => voice.localService === true && voiceReads(voice.lang, language));
  candidates.sort((a, b) => {
    for (let index = 0; index < a.rank.length; index++) {
      const difference = (a.rank[index] ?? 0) - (b.rank[index] ?? 0);
      if (difference !== 0) return difference;
    }
    return a.order - b.order;
  });
  return candidates[0]?.voice ?? null;
}

/**
 * What is never read: the buttons' words and the form fields (what a person
 * typed stays unspoken, above all a passphrase), the navigation, pictures,
 * and anything hidden from sight or marked to be skipped.
 */
const NOT_READ = [
  'nav',
  'button',
  'input',
  'select',
  'textarea',
  'progress',
  'svg',
  'script',
  'style',
  'template',
  '[hidden]',
  '[aria-hidden="true"]',
  '.visually-hidden',
  '[data-read-aloud="skip"]',
].join(', ');

/** A group whose buttons are read as choices (a screening question's answers). */
const CHOICES = '[data-read-aloud="choices"]';

/** Elements that start a block of their own: each block is read on its own. */
const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BUTTON',
  'CAPTION',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'LABEL',
  'LEGEND',
  'LI',
  'MAIN',
  'OL',
  'P',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
]);

/** Unicode isolates around names, and runs of spaces, are nothing to pronounce. */
function clean(text: string): string {
  return text
    .replace(/[\u2066-\u2069\u200e\u200f]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function isShown(element: Element): boolean {
  // Where a browser cannot tell what is shown (a test's document), everything counts as shown.
  return typeof element.checkVisibility === 'function' ? element.checkVisibility() : true;
}

function isRead(element: Element): boolean {
  if (element.matches(NOT_READ)) {
    // A choice's own button is read; anything else in that list is not.
    const isChoice = element.tagName === 'BUTTON' && element.closest(CHOICES) !== null;
    if (!isChoice) return false;
  }
  return isShown(element);
}

/**
 * The screen's words in reading order, one string per block (a heading, a
 * paragraph, an item, an answer choice), from `root` (the screen's <main>).
 * A closed <details> gives its summary only, as a person sees it.
 */
export function readableText(root: Element): string[] {
  const blocks: string[] = [];
  let current = '';
  const flush = () => {
    const text = clean(current);
    if (text) blocks.push(text);
    current = '';
  };
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      current += node.textContent ?? '';
      return;
    }
    if (!(node instanceof Element) || !isRead(node)) return;
    const block = BLOCKS.has(node.tagName);
    if (block) flush();
    const closed = node.tagName === 'DETAILS' && !node.hasAttribute('open');
    for (const child of node.childNodes) {
      if (closed && !(child instanceof Element && child.tagName === 'SUMMARY')) continue;
      walk(child);
    }
    if (block) flush();
    else if (node.tagName === 'BR') current += ' ';
  };
  walk(root);
  flush();
  return blocks;
}

/**
 * Longest utterance, in characters. Some engines stop a long utterance
 * after about fifteen seconds, and pausing works between utterances on
 * others, so no utterance is much longer than a sentence.
 */
export const MAX_UTTERANCE = 200;

/** Where a sentence ends when the browser has no sentence segmenter. */
const SENTENCE_END = /(?<=[.!?…。！？؟۔।॥።፧။])\s+/u;

function sentencesOf(text: string, language: string): string[] {
  if (typeof Intl.Segmenter === 'function') {
    const segmenter = new Intl.Segmenter(language, { granularity: 'sentence' });
    return [...segmenter.segment(text)].map((part) => part.segment);
  }
  return text.split(SENTENCE_END);
}

/** Where a too-long sentence may be cut, best first: after a comma or semicolon (any script), then at a space. */
const PAUSES = /[,;:،؛，、；：]/gu;

function cutLong(sentence: string, max: number): string[] {
  const pieces: string[] = [];
  let rest = sentence;
  while (rest.length > max) {
    const head = rest.slice(0, max);
    const pauses = [...head.matchAll(PAUSES)];
    const pause = pauses.length ? (pauses[pauses.length - 1]?.index ?? -1) + 1 : 0;
    const space = head.lastIndexOf(' ');
    // Cut at a pause if there is one past the first third, else at a space, else (no spaces: Chinese) at the limit.
    const at = pause > max / 3 ? pause : space > 0 ? space : max;
    pieces.push(rest.slice(0, at));
    rest = rest.slice(at);
  }
  pieces.push(rest);
  return pieces;
}

/** The screen's blocks as utterances: each block cut by sentence, and a long sentence cut at its pauses. */
export function utterancesOf(blocks: readonly string[], language: string, max = MAX_UTTERANCE): string[] {
  return blocks
    .flatMap((block) => sentencesOf(block, language))
    .flatMap((sentence) => cutLong(sentence, max))
    .map(clean)
    .filter((text) => text !== '');
}
