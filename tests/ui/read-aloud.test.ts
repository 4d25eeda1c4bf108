import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/ui/languages';
import { chooseVoice, MAX_UTTERANCE, utterancesOf, voiceReads } from '../../src/ui/read-aloud';
import { voice } from './fake-speech';

describe('choosing a voice of the device', () => {
  it('never chooses a network voice, even the only one for the language', () => {
    expect(chooseVoice([voice('es-ES', { local: false })], 'es')).toBeNull();
    const local = voice('es-US');
    expect(chooseVoice([voice('es-ES', { local: false, isDefault: true }), local], 'es')).toBe(local);
  });

  it('chooses none when the device has no voice for the language', () => {
    expect(chooseVoice([voice('en-US'), voice('fr-FR')], 'ko')).toBeNull();
    expect(chooseVoice([], 'en')).toBeNull();
  });

  it('matches a voice by the first part of its language, whatever its region or spelling', () => {
    const mexican = voice('es_MX');
    expect(chooseVoice([voice('en-US'), mexican], 'es')).toBe(mexican);
    for (const [language, lang] of [
      ['ar', 'ar-SA'],
      ['fa', 'fa-IR'],
      ['hi', 'hi-IN'],
      ['ko', 'ko-KR'],
      ['vi', 'vi-VN'],
      ['ru', 'ru-RU'],
      ['pt', 'pt-BR'],
      ['fr', 'fr-CA'],
      ['ht', 'ht-HT'],
      ['uk', 'uk-UA'],
      ['pl', 'pl-PL'],
      ['ur', 'ur-PK'],
      ['am', 'am-ET'],
      ['ti', 'ti-ER'],
      ['th', 'th-TH'],
      ['my', 'my-MM'],
      ['ne', 'ne-NP'],
    ] as const) {
      const match = voice(lang);
      expect(chooseVoice([voice('en-US'), match], language), language).toBe(match);
    }
  });

  it('reads Tagalog with a Filipino or a Tagalog voice', () => {
    const filipino = voice('fil-PH');
    expect(chooseVoice([voice('en-PH'), filipino], 'tl')).toBe(filipino);
    const tagalog = voice('tl');
    expect(chooseVoice([tagalog], 'tl')).toBe(tagalog);
  });

  it('reads Punjabi with a Gurmukhi voice, never one for Punjabi in Arabic letters', () => {
    const india = voice('pa-IN');
    expect(chooseVoice([voice('pa-PK'), india], 'pa')).toBe(india);
    expect(chooseVoice([voice('pa-Arab-PK'), voice('pa-PK')], 'pa')).toBeNull();
    expect(chooseVoice([voice('pa-Guru-IN')], 'pa')).not.toBeNull();
  });

  it('reads Dari with an Afghan voice first, then a Farsi one', () => {
    const iran = voice('fa-IR', { isDefault: true });
    const afghan = voice('fa-AF');
    expect(chooseVoice([iran, afghan], 'prs')).toBe(afghan);
    expect(chooseVoice([iran], 'prs')).toBe(iran);
    expect(chooseVoice([voice('ps-AF')], 'prs')).toBeNull();
  });

  it('reads Simplified Chinese with a mainland voice first, and never with a Cantonese one', () => {
    const mainland = voice('zh-CN');
    const taiwan = voice('zh-TW');
    expect(chooseVoice([taiwan, mainland], 'zh-Hans')).toBe(mainland);
    expect(chooseVoice([taiwan], 'zh-Hans')).toBe(taiwan);
    expect(chooseVoice([voice('zh-HK'), voice('yue-HK')], 'zh-Hans')).toBeNull();
  });

  it('reads Traditional Chinese with a Taiwan voice first, then Hong Kong, then any Chinese voice', () => {
    const mainland = voice('zh-CN');
    const hongKong = voice('zh-HK');
    const taiwan = voice('zh-TW');
    expect(chooseVoice([mainland, hongKong, taiwan], 'zh-Hant')).toBe(taiwan);
    expect(chooseVoice([mainland, hongKong], 'zh-Hant')).toBe(hongKong);
    expect(chooseVoice([mainland], 'zh-Hant')).toBe(mainland);
  });

  it("prefers the variety the browser asks for, then the device's default voice", () => {
    const spain = voice('es-ES', { isDefault: true });
    const mexico = voice('es-MX');
    expect(chooseVoice([spain, mexico], 'es')).toBe(spain);
    expect(chooseVoice([spain, mexico], 'es', ['es-MX', 'en-US'])).toBe(mexico);
    const first = voice('en-GB');
    const preferredDefault = voice('en-US', { isDefault: true });
    expect(chooseVoice([first, preferredDefault], 'en')).toBe(preferredDefault);
  });

  it('knows a voice for every language the app offers', () => {
    const tags: Record<string, string> = { 'zh-Hans': 'zh-CN', 'zh-Hant': 'zh-TW', tl: 'fil-PH' };
    for (const { code } of LANGUAGES) expect(voiceReads(tags[code] ?? `${code}-XX`, code), code).toBe(true);
    expect(voiceReads('fr-FR', 'ht')).toBe(false);
  });
});

describe('cutting the words into utterances', () => {
  it('gives each block its own utterance, and each sentence of a block its own', () => {
    expect(utterancesOf(['Your list', 'Nobody is here yet. Add someone you trust! Is that all?'], 'en')).toEqual([
      'Your list',
      'Nobody is here yet.',
      'Add someone you trust!',
      'Is that all?',
    ]);
  });

  it('cuts by the sentence marks of each script', () => {
    expect(utterancesOf(['你好。我们开始吧！'], 'zh-Hans')).toEqual(['你好。', '我们开始吧！']);
    expect(utterancesOf(['هل تثق به؟ اختر إجابة.'], 'ar')).toEqual(['هل تثق به؟', 'اختر إجابة.']);
    expect(utterancesOf(['यह पहला वाक्य है। यह दूसरा है।'], 'hi')).toEqual(['यह पहला वाक्य है।', 'यह दूसरा है।']);
    expect(utterancesOf(['ሰላም ነው። እንጀምር።'], 'am')).toEqual(['ሰላም ነው።', 'እንጀምር።']);
    expect(utterancesOf(['မင်္ဂလာပါ။ စကြစို့။'], 'my')).toEqual(['မင်္ဂလာပါ။', 'စကြစို့။']);
    expect(utterancesOf(['پہلا جملہ۔ دوسرا جملہ۔'], 'ur')).toEqual(['پہلا جملہ۔', 'دوسرا جملہ۔']);
  });

  it('cuts by the same marks in a browser without a sentence segmenter', () => {
    const segmenter = Object.getOwnPropertyDescriptor(Intl, 'Segmenter');
    Reflect.deleteProperty(Intl, 'Segmenter');
    try {
      expect(typeof Intl.Segmenter).toBe('undefined');
      expect(utterancesOf(['ሰላም ነው። እንጀምር።'], 'am')).toEqual(['ሰላም ነው።', 'እንጀምር።']);
      expect(utterancesOf(['မင်္ဂလာပါ။ စကြစို့။'], 'my')).toEqual(['မင်္ဂလာပါ။', 'စကြစို့။']);
      expect(utterancesOf(['এটা প্রথম। এটা দ্বিতীয়।'], 'bn')).toEqual(['এটা প্রথম।', 'এটা দ্বিতীয়।']);
    } finally {
      if (segmenter) Object.defineProperty(Intl, 'Segmenter', segmenter);
    }
  });

  it('cuts a sentence too long for some engines at its commas, then its spaces, never past the limit', () => {
    const clause = 'a ride to an appointment, ';
    const long = `${clause.repeat(20)}and nothing more.`;
    const parts = utterancesOf([long], 'en');
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(part.length).toBeLessThanOrEqual(MAX_UTTERANCE);
    expect(parts[0]?.endsWith(',')).toBe(true);
    expect(parts.join(' ')).toBe(long.trim());
  });

  it('cuts text without spaces (Chinese) at the limit, keeping every character', () => {
    const long = '这是一句很长的话'.repeat(40);
    const parts = utterancesOf([long], 'zh-Hans', 50);
    for (const part of parts) expect(part.length).toBeLessThanOrEqual(50);
    expect(parts.join('')).toBe(long);
  });

  it('drops Unicode isolates and empty blocks', () => {
    expect(utterancesOf(['Questions about \u2068Ana\u2069', '   '], 'en')).toEqual(['Questions about Ana']);
  });
});
