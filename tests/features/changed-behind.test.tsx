import './node-realm';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { NotebookSession } from '../../src/vault/session';
import { FAST_KDF, freshName, person, rawDelete } from '../vault/helpers';
import { findTheList, PASSPHRASE, renderApp, submitPassphrase } from './harness';

describe('a record removed behind the app', () => {
  it('is named after unlocking with its reference number, and keeping things as they are clears the notice', async () => {
    const name = freshName();
    const earlier = new NotebookSession({ name, kdf: FAST_KDF });
    await earlier.start();
    await earlier.create(PASSPHRASE);
    const ana = person('Ana');
    await earlier.savePerson(ana);
    await earlier.savePerson(person('Rosa'));
    earlier.lock();
    await rawDelete(name, 'people', ana.id);

    const { user } = await renderApp({ session: new NotebookSession({ name, kdf: FAST_KDF }) });
    await submitPassphrase(user, PASSPHRASE);
    await findTheList();
    const notice = (await screen.findByText('Some entries were changed outside this app')).closest('[role]');
    expect(notice).not.toBeNull();
    const box = notice as HTMLElement;
    expect(box.textContent).toContain('1 entry is not as this app last saved it');
    expect(within(box).getByText(ana.id)).toBeTruthy();

    await user.click(within(box).getByRole('button', { name: 'Keep things as they are now' }));
    await waitFor(() => expect(screen.queryByText('Some entries were changed outside this app')).toBeNull());
  });
});
