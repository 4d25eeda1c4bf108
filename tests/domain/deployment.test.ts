/**
 * The deployment configuration: the default file is valid and gives the app
 * exactly the numbers it showed before the file existed; every kind of
 * mistake in a host's file is refused with the field that is wrong.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Deployment, dialOf, fieldPath, parseDeployment, storedNumber } from '../../src/domain/deployment';
import { SOURCES } from '../../src/domain/sources';

const DEFAULT_TEXT = readFileSync(new URL('../../src/domain/deployment.default.json', import.meta.url), 'utf8');

function defaults(): Deployment {
  const result = parseDeployment(DEFAULT_TEXT);
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.deployment;
}

/** The default file as plain data, to break one field at a time. */
function raw(): Record<string, unknown> & {
  hotlines: Record<string, unknown>[];
  organisations: Record<string, unknown>[];
} {
  return JSON.parse(DEFAULT_TEXT);
}

function problemsOf(data: unknown): string[] {
  const result = parseDeployment(JSON.stringify(data));
  if (result.ok) throw new Error('the configuration was accepted');
  return result.problems;
}

/** The digits a phone keypad puts under each letter. */
function keypadDigits(text: string): string {
  const keys = ['', '', 'ABC', 'DEF', 'GHI', 'JKL', 'MNO', 'PQRS', 'TUV', 'WXYZ'];
  return [...text.toUpperCase()]
    .map((char) => (/\d/.test(char) ? char : String(keys.findIndex((letters) => letters.includes(char)))))
    .filter((digit) => digit !== '-1')
    .join('');
}

describe('the default deployment file', () => {
  it('is a valid configuration', () => {
    expect(parseDeployment(DEFAULT_TEXT)).toMatchObject({ ok: true });
  });

  it('gives the numbers the app showed before: 911, the national hotline and the 24-hour local line, written and dialled the same', () => {
    const { emergency, hotlines, country } = defaults();
    // As the app wrote and dialled them when they lived in the code.
    expect({ display: emergency.number, dial: dialOf(emergency.number, country) }).toEqual({
      display: '911',
      dial: '911',
    });
    expect(
      hotlines.map((line) => ({
        display: line.number,
        alsoWritten: line.alsoWritten,
        dial: dialOf(line.number, country),
        reach: line.reach,
      })),
    ).toEqual([
      { display: '1-800-799-7233', alsoWritten: '1-800-799-SAFE', dial: '+18007997233', reach: 'national' },
      { display: '860.763.4542', alsoWritten: undefined, dial: '+18607634542', reach: 'local' },
    ]);
  });

  it('spells the national hotline in letters as the same number as in digits (1-800-799-SAFE)', () => {
    const { hotlines, country } = defaults();
    for (const line of hotlines) {
      if (line.alsoWritten === undefined) continue;
      expect(`+${keypadDigits(line.alsoWritten)}`, line.name).toBe(dialOf(line.number, country));
    }
  });

  it('says the local line answers at any hour in every language, as its page does', () => {
    const local = defaults().hotlines.find((line) => line.reach === 'local');
    expect(local).toMatchObject({ name: 'the network', hours: 'any', languages: 'all' });
  });

  it('names as its source, for every number, one of the seed pages, as that page names itself, and when it was read', () => {
    const names: readonly string[] = Object.values(SOURCES).map((source) => source.name);
    const { emergency, hotlines, organisations } = defaults();
    for (const entry of [emergency, ...hotlines, ...organisations]) expect(names).toContain(entry.source);
    for (const entry of [emergency, ...hotlines]) expect(entry.checkedOn).toBe(SOURCES.theNetwork.checkedOn);
  });

  it('offers the programme of the seed pages, the network, with its 24-hour number, stored as the notebook stores numbers', () => {
    const { organisations, country } = defaults();
    expect(organisations).toHaveLength(1);
    expect(organisations[0]).toMatchObject({ name: 'the network', type: 'violence-programme', phone: '860.763.4542' });
    expect(storedNumber(organisations[0]?.phone ?? '', country)).toBe('+18607634542');
  });

  it('keeps the language chooser in the order it had and offers every neutral identity, Notebook first', () => {
    const { languagesFirst, identities } = defaults();
    expect(languagesFirst).toEqual([
      'en',
      'es',
      'zh-Hans',
      'zh-Hant',
      'tl',
      'vi',
      'ar',
      'fr',
      'ko',
      'ru',
      'pt',
      'ht',
      'hi',
      'fa',
    ]);
    expect(identities).toEqual(['notebook', 'recipes', 'lists']);
  });

  it('names every source as plain text, never as a web address', () => {
    expect(DEFAULT_TEXT).not.toMatch(/https?:|www\./);
  });
});

describe('a host’s deployment file', () => {
  it('may leave out the organisations and the language order', () => {
    const { organisations: _organisations, languagesFirst: _languagesFirst, ...data } = raw();
    const result = parseDeployment(JSON.stringify(data));
    expect(result).toMatchObject({ ok: true, deployment: { organisations: [], languagesFirst: [] } });
  });

  it('reads a number written without + as a number of its country', () => {
    const data = raw();
    data.country = 'GB';
    data.emergency = { number: '999', source: 'A local page', checkedOn: '2026-12-01' };
    data.hotlines = [
      {
        name: 'Helpline',
        number: '0808 2000 247',
        reach: 'national',
        hours: 'any',
        source: 'A local page',
        checkedOn: '2026-12-01',
      },
    ];
    data.organisations = [];
    const result = parseDeployment(JSON.stringify(data));
    expect(result.ok).toBe(true);
    expect(dialOf('0808 2000 247', 'GB')).toBe('+448082000247');
  });

  it('refuses text that is not JSON, and says so', () => {
    const result = parseDeployment('{ "country": ');
    expect(result).toMatchObject({ ok: false, problems: [expect.stringMatching(/^not valid JSON/)] });
  });

  it('names a field that is missing', () => {
    const data = raw();
    delete (data.emergency as Record<string, unknown>).source;
    expect(problemsOf(data)).toEqual(['emergency.source: is missing']);
  });

  it('names a field that is misspelt, since it would otherwise be ignored', () => {
    const data = raw();
    data.hotlines[1] = { ...data.hotlines[1], hourz: 'any' };
    expect(problemsOf(data)).toEqual(['hotlines[1].hourz: is not a field of the configuration (check the spelling)']);
  });

  it('names a field that is empty', () => {
    const data = raw();
    data.hotlines[0] = { ...data.hotlines[0], name: '   ' };
    expect(problemsOf(data)).toEqual(['hotlines[0].name: must not be empty']);
  });

  it('names a date that is not written YYYY-MM-DD', () => {
    const data = raw();
    data.hotlines[1] = { ...data.hotlines[1], checkedOn: '22/11/2026' };
    expect(problemsOf(data)).toEqual(['hotlines[1].checkedOn: must be a date written YYYY-MM-DD']);
  });

  it('names a kind of organisation, a way of helping or a reach the app does not know', () => {
    const data = raw();
    data.organisations[0] = { ...data.organisations[0], type: 'shelter', helps: ['money'] };
    data.hotlines[0] = { ...data.hotlines[0], reach: 'regional' };
    const problems = problemsOf(data);
    expect(problems).toContain('hotlines[0].reach: must be "national" or "local"');
    expect(problems).toContainEqual(
      expect.stringMatching(/^organisations\[0\]\.type: must be one of immigrant-support, /),
    );
    expect(problems).toContainEqual(expect.stringMatching(/^organisations\[0\]\.helps\[0\]: must be one of /));
  });

  it('names a language code that is not one, and languages that are neither "all" nor a list', () => {
    const data = raw();
    data.organisations[0] = { ...data.organisations[0], languages: ['es', 'not a language'] };
    data.hotlines[1] = { ...data.hotlines[1], languages: 'every' };
    const problems = problemsOf(data);
    expect(problems).toContainEqual(
      expect.stringMatching(/^organisations\[0\]\.languages\[1\]: must be a language code/),
    );
    expect(problems).toContainEqual(expect.stringMatching(/^hotlines\[1\]\.languages: must be "all" or a list/));
  });

  it('names a language the app does not speak in the chooser order, and one listed twice', () => {
    const wrong = raw();
    wrong.languagesFirst = ['es', 'de'];
    expect(problemsOf(wrong)).toEqual([expect.stringMatching(/^languagesFirst\[1\]: must be one of en, es, /)]);
    const twice = raw();
    twice.languagesFirst = ['es', 'ar', 'es'];
    expect(problemsOf(twice)).toEqual(['languagesFirst[2]: "es" is listed twice']);
  });

  it('names an identity the app does not have, and a list that offers none', () => {
    const unknown = raw();
    unknown.identities = ['notebook', 'weather'];
    expect(problemsOf(unknown)).toEqual(['identities[1]: must be one of notebook, recipes, lists']);
    const none = raw();
    none.identities = [];
    expect(problemsOf(none)).toEqual(['identities: must offer at least one identity']);
  });

  it('names a number that is no phone number of the region, so no one is given a number that cannot ring', () => {
    const data = raw();
    data.hotlines[1] = { ...data.hotlines[1], number: '860.763' };
    data.organisations[0] = { ...data.organisations[0], phone: 'call us' };
    expect(problemsOf(data)).toEqual([
      'hotlines[1].number: "860.763" is not a phone number of US: check the digits, or write it with + and the country code',
      'organisations[0].phone: "call us" is not a phone number of US: check the digits, or write it with + and the country code',
    ]);
  });

  it('names a region that is not a two-letter code', () => {
    const data = raw();
    data.country = 'usa';
    expect(problemsOf(data)).toEqual(['country: must be a two-letter region in capitals, such as "US"']);
  });

  it('names the whole file when it is not an object', () => {
    expect(problemsOf([])).toEqual([expect.stringMatching(/^\(the whole file\): /)]);
  });
});

describe('fieldPath', () => {
  it('writes a path as a person editing the file reads it', () => {
    expect(fieldPath(['hotlines', 2, 'number'])).toBe('hotlines[2].number');
    expect(fieldPath([])).toBe('(the whole file)');
  });
});
