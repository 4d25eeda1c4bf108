/**
 * A deterministic, realistic set of people for the benchmark: labels in
 * several scripts, one to three phone numbers from several countries
 * (normalised the way the person form does), messaging apps, languages,
 * screening answers and notes of a few sentences. Every record is built to
 * pass the real personSchema; the vault parses each one again when it saves.
 */
import { CIRCLES, COUNTRIES } from '../../src/domain/circles';
import type { PhoneKind } from '../../src/domain/common';
import { CATEGORIES, LEVELS } from '../../src/domain/levels';
import { MESSAGING_APPS, type Person, REACH_WAYS, TASKS } from '../../src/domain/person';
import { checkPhone } from '../../src/domain/phone';
import { ANSWERS, SCREENING_QUESTIONS } from '../../src/domain/screening';
import { newRecordId } from '../../src/vault/environment';

const FIRST = [
  'María',
  'Lupe',
  'Rosa',
  'Tía Carmen',
  'Fatima',
  'Amina',
  'Aisha',
  'Linh',
  'Mai',
  'Nguyễn',
  '李娜',
  '王芳',
  'Wei',
  'Olena',
  'Оксана',
  'Priya',
  'प्रिया',
  'Sunita',
  'Grace',
  'Blessing',
  'Ngozi',
  'Chidi',
  '민지',
  'Jae',
  'Rahel',
  'ራሔል',
  'سارة',
  'ليلى',
  'Layla',
  'Dr. Ortiz',
  'Pastor Mike',
  'Ms. Lee',
  'Auntie Jo',
  'J.R.',
  'M.G.',
  'Coach Dan',
];

const RELATIONSHIPS = [
  'sister',
  'cousin',
  'neighbour upstairs',
  'friend from church',
  'coworker at the bakery',
  "my son's teacher",
  'advocate at the centre',
  'lawyer at the legal clinic',
  'aunt',
  'friend from English class',
];

const LANGUAGES = [
  'Spanish',
  'English',
  'Tagalog',
  'Vietnamese',
  'Mandarin',
  'Ukrainian',
  'Hindi',
  'Amharic',
  'Arabic',
];

const NOTES = [
  'Knows about the situation in general terms only; I told her it was family problems.',
  'Has a car and works mornings, so afternoons are the best time to ask for a ride.',
  'Lives close to the school. Could pick up the children if I cannot.',
  'Speaks Spanish and English and came with me to the clinic once to translate.',
  'Keeps a copy of my passport and the children’s birth certificates in a sealed envelope.',
  'Do not call on Sundays: her husband is home and knows him.',
  'Said she would never call immigration and helped her cousin with a U visa.',
  'Holds a spare key to the apartment. Does not know why.',
  'Reachable on WhatsApp only; her phone number changes often.',
  'Works at the community centre; they have interpreters on Tuesdays and Thursdays.',
  'I am not sure yet whether she talks to his family. Ask again later.',
  'Offered a place to stay for a few nights if ever needed, with the children.',
];

const PHONE_TEMPLATES = [
  '+1 212 ### ####',
  '+1 718 ### ####',
  '(415) ###-####',
  '+52 55 #### ####',
  '+63 917 ### ####',
  '+91 98### #####',
  '+380 67 ### ## ##',
  '+234 803 ### ####',
  '+503 7### ####',
];

const PHONE_KINDS: readonly PhoneKind[] = ['mobile', 'mobile', 'work', 'home', 'other'];

/** mulberry32: a small seeded generator, so every run holds the same people. */
function generator(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (max: number) => Math.floor(next() * max);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)] as T;
  const some = <T>(items: readonly T[], max: number): T[] => {
    const count = int(max + 1);
    const chosen = new Set<T>();
    while (chosen.size < Math.min(count, items.length)) chosen.add(pick(items));
    return [...chosen];
  };
  return { next, int, pick, some };
}

function phoneNumber(random: ReturnType<typeof generator>): string {
  const typed = random.pick(PHONE_TEMPLATES).replace(/#/g, () => String(2 + random.int(8)));
  const checked = checkPhone(typed);
  return checked.status === 'checked' ? checked.e164 : typed;
}

export function makePeople(count: number, seed = 20_240_601): Person[] {
  const random = generator(seed);
  const start = Date.UTC(2024, 0, 1);
  const people: Person[] = [];
  for (let index = 0; index < count; index++) {
    const created = start + random.int(500) * 86_400_000 + random.int(86_400_000);
    const updated = created + random.int(90) * 86_400_000;
    const first = random.pick(FIRST);
    const initial = String.fromCharCode(65 + random.int(26));
    const answers: Record<string, (typeof ANSWERS)[number]> = {};
    for (const question of random.some(SCREENING_QUESTIONS, 12)) answers[question] = random.pick(ANSWERS);
    const phoneCount = 1 + random.int(3);
    people.push({
      id: newRecordId(),
      label: `${first} ${initial}.`,
      fullName: `${first} ${initial}${'abcdefghij'.slice(0, 3 + random.int(6))}`,
      relationship: random.pick(RELATIONSHIPS),
      phoneLabel: `${initial}${random.int(100)}`,
      circle: random.next() < 0.9 ? random.pick(CIRCLES) : null,
      country: random.next() < 0.8 ? random.pick(COUNTRIES) : null,
      phoneCountry: null,
      phones: Array.from({ length: phoneCount }, () => ({
        kind: random.pick(PHONE_KINDS),
        number: phoneNumber(random),
      })),
      messaging: random.some(MESSAGING_APPS, 2).map((app) => ({ app, detail: app === 'other' ? 'Botim' : '' })),
      languages: random.some(LANGUAGES, 3),
      bestTimes: random.pick(['weekday mornings', 'after 6 pm', 'weekends', 'lunch break, 12 to 1', '']),
      reachBy: random.some(REACH_WAYS, 3),
      tasks: random.some(TASKS, 4),
      ownTasks: random.next() < 0.3 ? ['call the school if I do not pick up the children'] : [],
      screening: {
        answers,
        skipped: random.some(SCREENING_QUESTIONS, 2),
        resumeAt: null,
        finishedAt: random.next() < 0.6 ? new Date(updated).toISOString() : null,
      },
      level: random.next() < 0.7 ? random.pick(LEVELS) : null,
      category: random.next() < 0.7 ? random.pick(CATEGORIES) : null,
      notes: random.some(NOTES, 4).join(' '),
      createdAt: new Date(created).toISOString(),
      updatedAt: new Date(updated).toISOString(),
    });
  }
  return people;
}
