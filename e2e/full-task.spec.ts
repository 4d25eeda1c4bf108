/**
 * The whole task, as a survivor would do it on a phone, counted: a passphrase,
 * four people (Ana to contact first, with a number), two of them screened, one
 * organisation, two tasks and WhatsApp for Ana, levels, the five review
 * questions, a paper copy and a protected copy, then Exit. Every tap and every
 * typed character goes through one counter; the whole must take at most 70 taps.
 */
import { expect, test } from '@playwright/test';
import { inputCounter, PASSPHRASE } from './helpers';

const MOST_TAPS = 70;
const COPY_PASSPHRASE = 'harbour kettle morning four';

test('the full task takes at most 70 taps', async ({ page }, testInfo) => {
  await page.addInitScript(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed++;
    };
  });
  const input = inputCounter();
  const parts: { part: string; taps: number; keys: number }[] = [];
  let before = { taps: 0, keys: 0 };
  const done = (part: string) => {
    parts.push({ part, taps: input.taps - before.taps, keys: input.keys - before.keys });
    before = { taps: input.taps, keys: input.keys };
  };
  const button = (name: string) => page.getByRole('button', { name, exact: true });
  const nav = (name: string) => page.getByRole('navigation').getByRole('button', { name, exact: true });
  const shot = (name: string) => page.screenshot({ path: testInfo.outputPath(`${name}.png`) });

  // The passphrase.
  await page.goto('/');
  await input.tap(button('English'));
  await input.fill(page.getByLabel('Choose a passphrase'), PASSPHRASE);
  await input.fill(page.getByLabel('Type it again'), PASSPHRASE);
  await input.tap(button('Create my notebook'));
  await expect(page.getByRole('heading', { name: 'Your list', level: 1 })).toBeVisible({ timeout: 30_000 });
  done('passphrase');

  // Four people from "Add someone": Ana to contact first, with her number.
  const add = async (label: string, phone?: string, first = false) => {
    await input.tap(button('Add someone'));
    await expect(page.getByLabel('Name to show')).toBeFocused();
    await input.type(page, label);
    if (phone) await input.fill(page.getByLabel('Phone number'), phone);
    if (first) await input.check(page.getByRole('checkbox', { name: 'Someone to contact first?' }));
    await input.tap(button('Save'));
    await expect(page.getByText(`${label} is saved.`)).toBeVisible();
  };
  await add('Ana', '202 555 0143', true);
  await shot('after-quick-add');
  await add('Bea', '202 555 0178');
  await add('Caro');
  await add('Dina');
  done('4 people');

  // Two screenings from the list: eight core questions, then the suggestion.
  const screen = async (label: string, trusted: boolean, group?: string) => {
    await input.tap(button(`Answer a few questions: ${label}`));
    await input.tap(button('Start'));
    for (let question = 1; question <= 8; question++) {
      await expect(page.getByText(`Question ${question} of`)).toBeVisible();
      // A trusted person: Yes to the signs of trust, No to the signs to be careful.
      const careful = await page.getByText('Signs to be careful').isVisible();
      await input.tap(button(trusted ? (careful ? 'No' : 'Yes') : 'Not sure'));
    }
    await expect(page.getByRole('heading', { name: new RegExp(`A suggestion for .${label}.`) })).toBeVisible();
    if (label === 'Bea') await shot('suggestion');
    await input.tap(button('Save my choice'));
    await expect(page.getByText(/^Saved\. Where does/)).toBeVisible();
    // The place in the list is optional: without one, the next step is one tap away.
    if (group) await input.tap(button(group));
  };
  await screen('Bea', true, 'Holds things for me');
  // The screening ends where it started: on the list.
  done('screening Bea');
  await screen('Caro', false);
  done('screening Caro');
  // One organisation, from its step.
  const openStep = async (step: number) => {
    await input.tap(nav('Steps'));
    await input.tap(page.getByRole('button', { name: new RegExp(`^Open step ${step}:`) }));
  };
  await openStep(3);
  await input.tap(button('Add an organisation'));
  await input.fill(page.getByLabel('Name of the organisation'), 'Centro');
  await input.tap(button('Save'));
  await expect(page.getByRole('heading', { name: 'Centro', level: 1 })).toBeVisible();
  done('organisation');

  // Ana's details: two tasks, WhatsApp and what she knows.
  await input.tap(nav('Your list'));
  await input.tap(button('Details: Ana'));
  const details = page.getByRole('main');
  const tasks = details.getByRole('group', { name: 'What you feel comfortable asking them for' });
  await input.check(tasks.getByRole('checkbox', { name: 'A ride' }));
  await input.check(tasks.getByRole('checkbox', { name: 'Holding a spare key' }));
  await input.check(
    details.getByRole('group', { name: 'Messaging apps they use' }).getByRole('checkbox', { name: 'WhatsApp' }),
  );
  done('Ana: tasks and WhatsApp');
  await input.check(
    details.getByRole('group', { name: 'How much they know' }).getByRole('radio', { name: /Full information/ }),
  );
  await shot('ana-details');
  await input.tap(button('Save'));
  await expect(page.getByRole('button', { name: 'Add someone' })).toBeVisible();
  done('levels');

  // The review: the five questions, then done.
  await openStep(5);
  await input.tap(button('Check my list'));
  for (const question of [
    /started sharing information/,
    /new threats/,
    /met new people/,
    /different safe contacts/,
    /best ways and times/,
  ]) {
    const answer = question.source.includes('best ways') ? 'Yes' : 'No';
    await input.check(page.getByRole('group', { name: question }).getByRole('radio', { name: answer, exact: true }));
  }
  await input.tap(button('I have checked my list'));
  await expect(page.getByText(/Last checked on/)).toBeVisible();
  done('review');

  // The paper copy: open it and print.
  await openStep(5);
  await input.tap(button('Make a paper copy'));
  await input.tap(button('Print'));
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  done('paper copy');

  // The protected copy: a passphrase for the file, downloaded.
  await openStep(5);
  await input.tap(button('Make or open a protected copy'));
  await input.fill(page.getByLabel('Passphrase for the copy'), COPY_PASSPHRASE);
  await input.fill(page.getByLabel('Type it again'), COPY_PASSPHRASE);
  const download = page.waitForEvent('download');
  await input.tap(button('Save the protected copy'));
  expect((await download).suggestedFilename()).toMatch(/notebook/);
  await expect(page.getByText(/The copy is in your downloads/)).toBeVisible();
  done('protected copy');

  // Exit, and Back shows nothing of the notebook.
  await input.tap(button('Exit: leave this page now'));
  await page.waitForURL(/\/exit\/recipes\.html$/);
  done('exit');
  await page.goBack();
  await expect(page.getByText('Ana')).toHaveCount(0);
  await expect(page.getByText('Your list')).toHaveCount(0);

  const total = { taps: input.taps, keys: input.keys };
  for (const { part, taps, keys } of parts) console.log(`${part}: ${taps} taps, ${keys} keystrokes`);
  console.log(`The full task: ${total.taps} taps and ${total.keys} keystrokes`);
  testInfo.annotations.push(
    { type: 'taps', description: String(total.taps) },
    { type: 'keystrokes', description: String(total.keys) },
    ...parts.map(({ part, taps, keys }) => ({
      type: `part: ${part}`,
      description: `${taps} taps, ${keys} keystrokes`,
    })),
  );
  expect(total.taps).toBeLessThanOrEqual(MOST_TAPS);
});
