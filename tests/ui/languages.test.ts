import { describe, expect, it } from 'vitest';
import { LANGUAGES, languageInfo, pickLanguage, SOURCE_LANGUAGE } from '../../src/ui/languages';

describe('pickLanguage', () => {
  it('picks English for an English browser, whatever the region', () => {
    expect(pickLanguage(['en-US'])).toBe('en');
    expect(pickLanguage(['en-GB', 'fr-FR'])).toBe('en');
    expect(pickLanguage(['EN-us'])).toBe('en');
    expect(pickLanguage(['en'])).toBe('en');
  });

  it('falls back to English for languages the app does not have yet', () => {
    expect(pickLanguage(['xx-YY'])).toBe('en');
    expect(pickLanguage(['tl-PH', 'ar-EG'])).toBe(SOURCE_LANGUAGE);
    expect(pickLanguage([])).toBe('en');
    expect(pickLanguage([''])).toBe('en');
  });

  it('takes the first of the browser languages that the app has', () => {
    const available = ['en', 'es', 'ar', 'zh-Hant'];
    expect(pickLanguage(['fr-CA', 'es-MX', 'en-US'], available)).toBe('es');
    expect(pickLanguage(['ar-SA'], available)).toBe('ar');
    expect(pickLanguage(['zh-hant'], available)).toBe('zh-Hant');
  });

  it('prefers an exact regional match over the base language', () => {
    expect(pickLanguage(['pt-BR'], ['en', 'pt', 'pt-BR'])).toBe('pt-BR');
    expect(pickLanguage(['pt-PT'], ['en', 'pt', 'pt-BR'])).toBe('pt');
  });
});

describe('languages', () => {
  it('names every language in itself and says its direction', () => {
    expect(LANGUAGES.length).toBeGreaterThan(0);
    for (const language of LANGUAGES) {
      expect(language.name.length).toBeGreaterThan(0);
      expect(['ltr', 'rtl']).toContain(language.dir);
    }
    expect(LANGUAGES.map((language) => language.code)).toContain(SOURCE_LANGUAGE);
  });

  it('describes English, and a code it does not know as left to right under its own code', () => {
    expect(languageInfo('en')).toEqual({ code: 'en', name: 'English', dir: 'ltr' });
    expect(languageInfo('xx')).toEqual({ code: 'xx', name: 'xx', dir: 'ltr' });
  });
});
