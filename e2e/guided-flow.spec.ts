/**
 * The guided flow end to end: circles, screening, organisations and the list,
 * then a reload that must find everything as it was left, including a
 * screening stopped half way.
 */
import { expect, type Page, test } from '@playwright/test';
import { createNotebook, unlock } from './helpers';

// Labels are isolated with invisible direction marks, so names are matched loosely.
const CALL_IMMIGRATION = /ever said they would call immigration on you or your family\?/;

async function openStep(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: 'Steps', exact: true }).click();
  await page.getByRole('button', { name: new RegExp(`Open step \\d: ${name}`) }).click();
}

function circleGroup(page: Page, circle: string) {
  return page.locator('details.circle', { has: page.locator('.circle__name').getByText(circle, { exact: true }) });
}

async function addToCircle(page: Page, circle: string, label: string): Promise<void> {
  const group = circleGroup(page, circle);
  if (!(await group.evaluate((element) => (element as HTMLDetailsElement).open))) {
    await group.locator('summary').click();
  }
  await group.getByLabel('Add someone to this group').fill(label);
  await group.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(group.getByRole('status')).toHaveText(`${label} was added.`);
}

/** One of an organisation's questions: its answers, note and date. */
function orgQuestion(page: Page, text: RegExp) {
  return page.locator('.question', { has: page.getByRole('group', { name: text }) });
}

async function startScreening(page: Page, label: string, action = 'Start'): Promise<void> {
  await openStep(page, 'Who may be safer to trust');
  await page.getByRole('button', { name: `${action}: ${label}` }).click();
}

/** Waits for the question counter, so each click answers the question it means to. */
async function onQuestion(page: Page, number: number, count = 8): Promise<void> {
  await expect(page.getByText(`Question ${number} of ${count}`, { exact: true })).toBeVisible();
}

test('a walk through the steps is kept entirely across a reload, half-finished screening included', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await createNotebook(page);

  // Step 1: three people in three different circles.
  await openStep(page, 'The people in your life');
  await addToCircle(page, 'Friends and neighbours', 'Lina');
  await addToCircle(page, 'Family in your country of origin', 'Tío R');
  await addToCircle(page, 'Work, school or childcare', 'Mei');

  // Step 3: one organisation, with answers to its questions.
  await openStep(page, 'Community organisations');
  await page.getByRole('button', { name: 'Add an organisation' }).click();
  await page.getByLabel('Name of the organisation').fill('Centro Latino');
  await page.getByRole('radio', { name: /^Legal help/ }).check();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { name: 'Centro Latino', level: 1 })).toBeVisible();
  const confidentiality = orgQuestion(page, /Do you keep what I tell you private/);
  await confidentiality.getByRole('radio', { name: 'Yes', exact: true }).check();
  await confidentiality.getByLabel('What they said').fill('Only if a child is in danger');
  const immigration = orgQuestion(page, /tell immigration officials/);
  await immigration.getByRole('radio', { name: 'No', exact: true }).check();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Saved.')).toBeVisible();

  // Step 2: Tío R said they would call immigration. Every core question is skipped; the threat is among the more questions.
  await startScreening(page, 'Tío R');
  await page.getByRole('button', { name: 'Start' }).click();
  for (let number = 1; number <= 8; number += 1) {
    await onQuestion(page, number);
    await page.getByRole('button', { name: 'Skip this question' }).click();
  }
  await expect(page.getByRole('heading', { name: /A suggestion for .Tío R./ })).toBeVisible();
  await page.getByRole('button', { name: 'More questions' }).click();
  await onQuestion(page, 1, 13);
  await expect(page.getByRole('heading', { name: CALL_IMMIGRATION })).toBeVisible();
  await page.getByRole('button', { name: 'Yes', exact: true }).click();
  await onQuestion(page, 2, 13);
  await page.getByRole('button', { name: 'See the suggestion' }).click();
  await expect(page.getByRole('heading', { name: /A suggestion for .Tío R./ })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Better not to involve them Suggested' })).toBeChecked();
  await expect(
    page.getByText(/^You answered Yes to: Has .Tío R. ever said they would call immigration on you or your family\?$/),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Save my choice' }).click();
  // Someone better not involved is not offered a group: the step's list comes back.
  await expect(page.getByRole('button', { name: 'Look again: Tío R' })).toBeVisible();

  // Lina answers every core sign well, becomes a person to contact first in one tap, then gets two tasks.
  await startScreening(page, 'Lina');
  await page.getByRole('button', { name: 'Start' }).click();
  const core = ['No', 'No', 'Yes', 'No', 'No', 'Yes', 'Yes', 'Yes'] as const;
  for (const [index, answer] of core.entries()) {
    await onQuestion(page, index + 1);
    await page.getByRole('button', { name: answer, exact: true }).click();
  }
  await expect(page.getByRole('heading', { name: /A suggestion for .Lina./ })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Full information Suggested' })).toBeChecked();
  await page.getByRole('button', { name: 'Save my choice' }).click();
  await expect(page.getByRole('heading', { name: /Saved\. Where does .Lina. go in your list\?/ })).toBeFocused();
  await page.getByRole('button', { name: 'Contact first' }).click();
  await expect(page.getByRole('button', { name: 'Look again: Lina' })).toBeVisible();

  await page.getByRole('button', { name: 'Your list', exact: true }).click();
  await page.getByRole('button', { name: 'Details: Lina' }).click();
  await expect(
    page.getByRole('group', { name: 'Place in your list' }).getByRole('radio', { name: /contact first/ }),
  ).toBeChecked();
  await page.getByRole('checkbox', { name: 'A ride' }).check();
  await page.getByRole('checkbox', { name: 'Holding a spare key' }).check();
  await page.getByRole('button', { name: 'Save' }).click();
  // Details open under the list's own heading: the list's "Add someone" says it is back.
  await expect(page.getByRole('button', { name: 'Add someone' })).toBeVisible();

  // Mei: three answers, then the tab is reloaded in the middle of the screening.
  await startScreening(page, 'Mei');
  await page.getByRole('button', { name: 'Start' }).click();
  for (const number of [1, 2, 3]) {
    await onQuestion(page, number);
    await page.getByRole('button', { name: 'Not sure', exact: true }).click();
  }
  await onQuestion(page, 4);

  await page.reload();
  await unlock(page);
  await expect(page.getByRole('heading', { name: 'Your list', level: 1 })).toBeVisible({ timeout: 30_000 });

  // The list: Lina first, knowing everything; Tío R is kept but marked not to involve.
  const primary = page.locator('section', { has: page.getByRole('heading', { name: 'People to contact first' }) });
  await expect(primary.getByText('Lina', { exact: true })).toBeVisible();
  await expect(primary.getByText('Knows: Full information')).toBeVisible();
  await page.getByRole('button', { name: 'Details: Lina' }).click();
  await expect(page.getByRole('checkbox', { name: 'A ride' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Holding a spare key' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Watching my children' })).not.toBeChecked();
  await page.getByRole('button', { name: 'Your list', exact: true }).click();
  await page.getByRole('button', { name: 'Details: Tío R' }).click();
  await expect(
    page.getByRole('group', { name: 'How much they know' }).getByRole('radio', { name: /Better not to involve them/ }),
  ).toBeChecked();

  // The circles are as they were.
  await openStep(page, 'The people in your life');
  for (const [circle, label] of [
    ['Friends and neighbours', 'Lina'],
    ['Family in your country of origin', 'Tío R'],
    ['Work, school or childcare', 'Mei'],
  ] as const) {
    const group = circleGroup(page, circle);
    await expect(group.getByText(label, { exact: true })).toBeVisible();
  }

  // The organisation kept its answers.
  await openStep(page, 'Community organisations');
  await expect(page.getByText('Questions asked: 2 of 5')).toBeVisible();
  await page.getByRole('button', { name: 'Open: Centro Latino' }).click();
  const kept = orgQuestion(page, /Do you keep what I tell you private/);
  await expect(kept.getByRole('radio', { name: 'Yes', exact: true })).toBeChecked();
  await expect(kept.getByLabel('What they said')).toHaveValue('Only if a child is in danger');

  // Mei's screening picks up at question 4 with her three answers.
  await startScreening(page, 'Mei', 'Continue');
  await expect(page.getByText('Welcome back. You stopped at question 4. Your earlier answers are kept.')).toBeVisible();
  await onQuestion(page, 4);
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await onQuestion(page, 3);
  await expect(page.getByText('Your answer now: Not sure. Tap it again to keep it.')).toBeVisible();
});
