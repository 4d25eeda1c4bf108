import { describe, expect, it } from 'vitest';
import { DEPLOYMENT_START } from '../../src/ui/deployment-start';
import { chooserOrder, LANGUAGES, languageInfo, pickLanguage, SOURCE_LANGUAGE } from '../../src/ui/languages';

describe('pickLanguage', () => {
  it('picks English for an English browser, whatever the region', () => {
    expect(pickLanguage(['en-US'])).toBe('en');
    expect(pickLanguage(['en-GB', 'fr-FR'])).toBe('en');
    expect(pickLanguage(['EN-us'])).toBe('en');
    expect(pickLanguage(['en'])).toBe('en');
  });

  it('falls back to English for languages the app does not have yet', () => {
    expect(pickLanguage(['xx-YY'])).toBe('en');
    expect(pickLanguage(['yo-NG', 'ha-NG'])).toBe(SOURCE_LANGUAGE);
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

describe('pickLanguage with every language the app has', () => {
  it('chooses Chinese by script, or by the region when the script is not named', () => {
    expect(pickLanguage(['zh-CN'])).toBe('zh-Hans');
    expect(pickLanguage(['zh'])).toBe('zh-Hans');
    expect(pickLanguage(['zh-SG'])).toBe('zh-Hans');
    expect(pickLanguage(['zh-TW'])).toBe('zh-Hant');
    expect(pickLanguage(['zh-HK'])).toBe('zh-Hant');
    expect(pickLanguage(['zh-Hant-US'])).toBe('zh-Hant');
    expect(pickLanguage(['zh-Hans-HK'])).toBe('zh-Hans');
  });

  it('takes Japanese, Ukrainian, Somali and Swahili, whatever the region, and Swahili by its other code', () => {
    expect(pickLanguage(['ja-JP'])).toBe('ja');
    expect(pickLanguage(['uk-UA'])).toBe('uk');
    expect(pickLanguage(['sw-KE'])).toBe('sw');
    expect(pickLanguage(['swh'])).toBe('sw');
    expect(pickLanguage(['so-SO'])).toBe('so');
  });

  it('takes Burmese, Polish, Urdu, Amharic, Nepali, Bengali, Pashto, Tigrinya and Thai by their codes, and Nepali by its other code', () => {
    expect(pickLanguage(['my-MM'])).toBe('my');
    expect(pickLanguage(['pl-PL'])).toBe('pl');
    expect(pickLanguage(['ur-PK'])).toBe('ur');
    expect(pickLanguage(['ur-IN'])).toBe('ur');
    expect(pickLanguage(['am-ET'])).toBe('am');
    expect(pickLanguage(['ne-NP'])).toBe('ne');
    expect(pickLanguage(['bn-BD'])).toBe('bn');
    expect(pickLanguage(['bn-IN'])).toBe('bn');
    expect(pickLanguage(['ps-AF'])).toBe('ps');
    expect(pickLanguage(['ps-PK'])).toBe('ps');
    expect(pickLanguage(['ti-ER'])).toBe('ti');
    expect(pickLanguage(['ti-ET'])).toBe('ti');
    expect(pickLanguage(['th-TH'])).toBe('th');
    expect(pickLanguage(['npi'])).toBe('ne');
  });

  it('takes Punjabi in Gurmukhi for India, and Urdu for Punjabi in Arabic letters', () => {
    expect(pickLanguage(['pa-IN'])).toBe('pa');
    expect(pickLanguage(['pa-Guru'])).toBe('pa');
    expect(pickLanguage(['pa'])).toBe('pa');
    expect(pickLanguage(['pa-PK'])).toBe('ur');
    expect(pickLanguage(['pa-Arab'])).toBe('ur');
    expect(pickLanguage(['pnb'])).toBe('ur');
  });

  it('takes Dari for Dari and for Persian in Afghanistan, Farsi for Persian elsewhere', () => {
    expect(pickLanguage(['prs'])).toBe('prs');
    expect(pickLanguage(['prs-AF'])).toBe('prs');
    expect(pickLanguage(['fa-AF'])).toBe('prs');
    expect(pickLanguage(['fa-Arab-AF'])).toBe('prs');
    expect(pickLanguage(['fa-IR'])).toBe('fa');
    expect(pickLanguage(['fa'])).toBe('fa');
  });

  it('offers Farsi to a Dari reader where Dari is not offered, and Dari to a Farsi reader only as Dari', () => {
    expect(pickLanguage(['prs-AF'], ['en', 'fa'])).toBe('fa');
    expect(pickLanguage(['fa-AF'], ['en', 'fa'])).toBe('fa');
    expect(pickLanguage(['fa-IR'], ['en', 'prs'])).toBe('en');
  });

  it('knows Filipino as Tagalog, and regional Spanish, Arabic, Persian and Portuguese as their language', () => {
    expect(pickLanguage(['fil-PH'])).toBe('tl');
    expect(pickLanguage(['es-419'])).toBe('es');
    expect(pickLanguage(['ar-EG'])).toBe('ar');
    expect(pickLanguage(['fa-IR'])).toBe('fa');
    expect(pickLanguage(['pt-BR'])).toBe('pt');
    expect(pickLanguage(['ht-HT'])).toBe('ht');
  });

  it('says Arabic, Farsi, Dari, Urdu and Pashto are written right to left, and the others left to right', () => {
    const rtl = LANGUAGES.filter((language) => language.dir === 'rtl').map((language) => language.code);
    expect(rtl.sort()).toEqual(['ar', 'fa', 'prs', 'ps', 'ur']);
  });

  it('lists each language once', () => {
    const codes = LANGUAGES.map((language) => language.code);
    expect(new Set(codes).size).toBe(codes.length);
  });
});

describe('chooserOrder', () => {
  it('offers first the languages the host puts first, in its order, then every other one', () => {
    const order = chooserOrder(['fa', 'es']).map((language) => language.code);
    expect(order.slice(0, 3)).toEqual(['fa', 'es', 'en']);
    expect([...order].sort()).toEqual(LANGUAGES.map((language) => language.code).sort());
  });

  it('keeps the order it always had with the default deployment file', () => {
    expect(chooserOrder(DEPLOYMENT_START.languagesFirst)).toEqual(LANGUAGES);
  });
});
