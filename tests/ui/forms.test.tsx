import { act, render, renderHook, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { type FormEvent, useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { PhoneKind } from '../../src/domain/common';
import { newPhoneDraft, type PhoneDraft, phonesOfDrafts } from '../../src/domain/phone-draft';
import { CheckboxGroup } from '../../src/ui/CheckboxGroup';
import { Field } from '../../src/ui/Field';
import { FieldLimitContext, focusOverLimit } from '../../src/ui/field-limit';
import { PhoneList, type PhoneListWords } from '../../src/ui/PhoneList';
import { PendingChangesProvider, useConfirmLeave, usePendingChanges } from '../../src/ui/pending-changes';
import { Select } from '../../src/ui/Select';
import { TextArea } from '../../src/ui/TextArea';
import { UnsavedChanges, useLeaveGuard } from '../../src/ui/UnsavedChanges';
import { sameValue, useDraft } from '../../src/ui/use-draft';
import { useErrorFocus } from '../../src/ui/use-error-focus';

const KIND_NAMES: Record<PhoneKind, string> = { mobile: 'Mobile', work: 'Work', home: 'Home', other: 'Other' };

const WORDS: PhoneListWords = {
  legend: 'Phone numbers',
  hint: 'Start with + for another country.',
  none: 'No number yet.',
  kind: (index) => `Kind of number ${index}`,
  kindName: (kind) => KIND_NAMES[kind],
  number: (index) => `Number ${index}`,
  invalid: (index) => `Number ${index} is not a phone number.`,
  unchecked: (index) => `Number ${index} is kept as typed.`,
  remove: (index) => `Remove number ${index}`,
  add: 'Add a number',
};

/** A form with one phone list that checks the numbers on save, as the detail screens do. */
function Phones({ initial, keepOne }: { initial: PhoneDraft[]; keepOne?: boolean }) {
  const [rows, setRows] = useState(initial);
  const [invalid, setInvalid] = useState<ReadonlySet<string>>(new Set());
  const { ref, focusFirstError } = useErrorFocus<HTMLFormElement>();
  function save(event: FormEvent) {
    event.preventDefault();
    const checked = phonesOfDrafts(rows);
    setInvalid(new Set(checked.unchecked));
    if (checked.unchecked.length > 0) focusFirstError();
  }
  return (
    <form ref={ref} onSubmit={save}>
      <PhoneList
        rows={rows}
        onChange={(next, changed) => {
          setRows(next);
          setInvalid((current) => new Set([...current].filter((id) => id !== changed)));
        }}
        invalid={invalid}
        words={WORDS}
        newKind="mobile"
        keepOne={keepOne}
      />
      <button type="submit">Save</button>
    </form>
  );
}

const OPTIONS = [
  { value: 'call', label: 'A phone call' },
  { value: 'text', label: 'A text message' },
  { value: 'email', label: 'Email' },
] as const;

function Ways({ onChange }: { onChange: (ways: string[]) => void }) {
  const [ways, setWays] = useState<('call' | 'text' | 'email')[]>(['email']);
  return (
    <CheckboxGroup
      legend="Best ways to reach them"
      hint="Tick all that are safe."
      options={OPTIONS}
      value={ways}
      onChange={(next) => {
        setWays(next);
        onChange(next);
      }}
      detail={(way, checked) => (checked && way === 'email' ? <p>Which address?</p> : null)}
    />
  );
}

function Leaving({ dirty, onLeave }: { dirty: boolean; onLeave: () => void }) {
  const guard = useLeaveGuard(dirty, onLeave);
  return (
    <>
      <button type="button" onClick={guard.leave}>
        Back
      </button>
      {guard.asking ? (
        <UnsavedChanges
          title="Not saved yet"
          body="Your changes will be lost."
          stayLabel="Keep editing"
          leaveLabel="Leave anyway"
          onStay={guard.stay}
          onLeave={onLeave}
        />
      ) : null}
    </>
  );
}

function input(label: string): HTMLInputElement {
  const found = screen.getByLabelText(label);
  if (!(found instanceof HTMLInputElement)) throw new Error(`${label} is not an input`);
  return found;
}

function described(element: HTMLElement): string[] {
  return (element.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .filter(Boolean)
    .map((id) => document.getElementById(id)?.textContent ?? '');
}

describe('Select', () => {
  it('is a labelled native select that hands back the value of the option chosen', async () => {
    const onChange = vi.fn();
    render(
      <Select
        label="Kind of number"
        hint="What kind of line it is."
        options={[
          { value: 'mobile', label: 'Mobile' },
          { value: 'work', label: 'Work' },
        ]}
        value="mobile"
        onChange={onChange}
      />,
    );
    const select = screen.getByRole('combobox', { name: 'Kind of number' });
    expect(select.tagName).toBe('SELECT');
    expect(described(select)).toEqual(['What kind of line it is.']);
    expect(
      within(select)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Mobile', 'Work']);

    await userEvent.setup().selectOptions(select, 'Work');
    expect(onChange).toHaveBeenCalledWith('work');
  });

  it('with words for choosing nothing, offers them first and hands back null for them', async () => {
    const onChange = vi.fn();
    const user = userEvent.setup();
    render(
      <Select
        label="Where they live"
        emptyLabel="Not sure"
        options={[{ value: 'origin', label: 'Country of origin' }]}
        value={null}
        onChange={onChange}
      />,
    );
    const select = screen.getByLabelText('Where they live');
    expect(
      within(select)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Not sure', 'Country of origin']);
    expect((select as HTMLSelectElement).value).toBe('');
    await user.selectOptions(select, 'Country of origin');
    expect(onChange).toHaveBeenLastCalledWith('origin');
  });
});

describe('CheckboxGroup', () => {
  it('groups the boxes under a legend and gives back the values ticked in the order of the options', async () => {
    const onChange = vi.fn();
    const user = userEvent.setup();
    render(<Ways onChange={onChange} />);
    const group = screen.getByRole('group', { name: 'Best ways to reach them' });
    expect(group.tagName).toBe('FIELDSET');
    expect(described(group)).toEqual(['Tick all that are safe.']);
    expect(within(group).getByRole('checkbox', { name: 'Email' })).toHaveProperty('checked', true);
    expect(screen.getByText('Which address?')).toBeTruthy();

    await user.click(within(group).getByRole('checkbox', { name: 'A text message' }));
    await user.click(within(group).getByRole('checkbox', { name: 'A phone call' }));
    expect(onChange).toHaveBeenLastCalledWith(['call', 'text', 'email']);

    await user.click(within(group).getByRole('checkbox', { name: 'Email' }));
    expect(onChange).toHaveBeenLastCalledWith(['call', 'text']);
    expect(screen.queryByText('Which address?')).toBeNull();
  });
});

describe('PhoneList', () => {
  it('removing a middle row keeps the rows after it, with what was typed, and moves the focus to the row taking its place', async () => {
    const user = userEvent.setup();
    render(<Phones initial={[newPhoneDraft('mobile'), newPhoneDraft('work'), newPhoneDraft('home')]} />);
    await user.type(input('Number 1'), '202 555 0143');
    await user.type(input('Number 2'), '+52 55 1234 5678');
    await user.type(input('Number 3'), '+44 20 7946');
    const third = input('Number 3');

    await user.click(screen.getByRole('button', { name: 'Remove number 2' }));

    // The same element, not a new one filled in again: the row kept its identity.
    expect(input('Number 2')).toBe(third);
    expect(third.value).toBe('+44 20 7946');
    expect((screen.getByLabelText('Kind of number 2') as HTMLSelectElement).value).toBe('home');
    expect(input('Number 1').value).toBe('202 555 0143');
    expect(screen.queryByLabelText('Number 3')).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(third));
  });

  it('after a refused save, shows an error on each unreadable row, tied to its field, and focuses the first', async () => {
    const user = userEvent.setup();
    render(
      <Phones
        initial={[newPhoneDraft('mobile', '202 555 0143'), newPhoneDraft('work', 'abc'), newPhoneDraft('home', 'xyz')]}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Save' }));

    const [first, second, third] = [input('Number 1'), input('Number 2'), input('Number 3')];
    await waitFor(() => expect(document.activeElement).toBe(second));
    expect(first.getAttribute('aria-invalid')).toBeNull();
    expect(second.getAttribute('aria-invalid')).toBe('true');
    expect(third.getAttribute('aria-invalid')).toBe('true');
    expect(described(second)).toEqual(['Number 2 is not a phone number.']);
    expect(described(third)).toEqual(['Number 3 is not a phone number.']);
    expect(screen.getAllByRole('alert').map((alert) => alert.textContent)).toEqual([
      'Number 2 is not a phone number.',
      'Number 3 is not a phone number.',
    ]);

    // Typing in a row takes its error away; the others stay until they are fixed.
    await user.type(second, '3');
    expect(second.getAttribute('aria-invalid')).toBeNull();
    expect(third.getAttribute('aria-invalid')).toBe('true');
  });

  it('adds rows up to the limit, focusing each new number', async () => {
    const user = userEvent.setup();
    render(<Phones initial={[]} />);
    expect(screen.getByText('No number yet.')).toBeTruthy();
    expect(described(screen.getByRole('group', { name: 'Phone numbers' }))).toEqual([WORDS.hint]);

    for (let count = 1; count <= 10; count += 1) {
      await user.click(screen.getByRole('button', { name: 'Add a number' }));
      await waitFor(() => expect(document.activeElement).toBe(input(`Number ${count}`)));
    }
    expect(screen.queryByRole('button', { name: 'Add a number' })).toBeNull();
    expect((screen.getByLabelText('Kind of number 10') as HTMLSelectElement).value).toBe('mobile');
  });

  it('removing the last row moves the focus to the add button; with keepOne the last row cannot be removed', async () => {
    const user = userEvent.setup();
    const { unmount } = render(<Phones initial={[newPhoneDraft('work')]} />);
    await user.click(screen.getByRole('button', { name: 'Remove number 1' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Add a number' })));
    unmount();

    render(<Phones initial={[newPhoneDraft('work')]} keepOne />);
    expect(screen.queryByRole('button', { name: /Remove/ })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Add a number' }));
    expect(screen.getAllByRole('button', { name: /Remove/ })).toHaveLength(2);
  });
});

describe('useDraft', () => {
  const record = { name: 'Centro', helps: ['documents'], phones: [{ kind: 'work', number: '1' }] };
  const toDraft = (from: typeof record) => ({ ...from, helps: [...from.helps] });

  it('is dirty only while the draft differs from where it started', () => {
    const { result } = renderHook(() => useDraft(record, toDraft));
    expect(result.current.dirty).toBe(false);

    act(() => result.current.update({ name: 'Centro Latino' }));
    expect(result.current.draft.name).toBe('Centro Latino');
    expect(result.current.dirty).toBe(true);

    act(() => result.current.update({ name: 'Centro' }));
    expect(result.current.dirty).toBe(false);

    act(() => result.current.update((current) => ({ helps: [...current.helps, 'interpreters'] })));
    expect(result.current.dirty).toBe(true);
    act(() => result.current.reset());
    expect(result.current.draft).toEqual(toDraft(record));
    expect(result.current.dirty).toBe(false);
  });

  it('after a save, starts again from what was stored, unless the draft changed while it saved', () => {
    const { result } = renderHook(() => useDraft(record, toDraft));
    act(() => result.current.update({ name: '  Casa ' }));
    const sent = result.current.draft;
    act(() => result.current.saved({ ...sent, name: 'Casa' }, sent));
    expect(result.current.draft.name).toBe('Casa');
    expect(result.current.dirty).toBe(false);

    act(() => result.current.update({ name: 'Casa Azul' }));
    const second = result.current.draft;
    act(() => result.current.update({ name: 'Casa Azul 2' }));
    act(() => result.current.saved({ ...second }, second));
    expect(result.current.draft.name).toBe('Casa Azul 2');
    expect(result.current.dirty).toBe(true);
  });

  it('compares plain data by value: key order and absent keys do not count', () => {
    expect(sameValue({ a: 1, b: [1, { c: 'x' }] }, { b: [1, { c: 'x' }], a: 1 })).toBe(true);
    expect(sameValue({ a: 1, gone: undefined }, { a: 1 })).toBe(true);
    expect(sameValue({ a: [1, 2] }, { a: [2, 1] })).toBe(false);
    expect(sameValue({ a: null }, { a: {} })).toBe(false);
    expect(sameValue([], {})).toBe(false);
  });
});

describe('leaving unsaved changes', () => {
  it('leaves at once when nothing changed', async () => {
    const onLeave = vi.fn();
    render(<Leaving dirty={false} onLeave={onLeave} />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Back' }));
    expect(onLeave).toHaveBeenCalledTimes(1);
    expect(screen.queryByText('Not saved yet')).toBeNull();
  });

  it('otherwise asks first, with the question in focus, and stays when asked to', async () => {
    const onLeave = vi.fn();
    const user = userEvent.setup();
    render(<Leaving dirty onLeave={onLeave} />);
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(onLeave).not.toHaveBeenCalled();
    const question = screen.getByText('Not saved yet');
    expect(document.activeElement?.contains(question)).toBe(true);
    expect(question.closest('[role="status"]')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Keep editing' }));
    expect(screen.queryByText('Not saved yet')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Back' }));
    await user.click(screen.getByRole('button', { name: 'Leave anyway' }));
    expect(onLeave).toHaveBeenCalledTimes(1);
  });
});

/** A stand-in for the app shell: a section button that asks first, and Lock. */
function Shell({ onNavigate, onLock }: { onNavigate: () => void; onLock: () => void }) {
  const confirmLeave = useConfirmLeave();
  return (
    <>
      <button type="button" onClick={() => confirmLeave(onNavigate)}>
        Settings
      </button>
      <button type="button" onClick={onLock}>
        Lock
      </button>
    </>
  );
}

/** A form that registers its unsaved changes. */
function EditForm({ onBack }: { onBack: () => void }) {
  const [text, setText] = useState('');
  const pending = usePendingChanges(text !== '');
  return (
    <form>
      <label>
        Note
        <input value={text} onChange={(event) => setText(event.target.value)} />
      </label>
      <button type="button" onClick={() => pending.leave(onBack)}>
        Back
      </button>
      {pending.asking ? (
        <UnsavedChanges
          title="Not saved yet"
          body="Your changes will be lost."
          stayLabel="Keep editing"
          leaveLabel="Leave anyway"
          onStay={pending.stay}
          onLeave={pending.confirm}
        />
      ) : null}
    </form>
  );
}

/** What the test drives from outside: closing the form as a finished save does, and the app's way to move on. */
interface ClosingControls {
  close: () => void;
  confirmLeave: (then: () => void) => void;
}

/** A form with changes, shown until `close`. */
function ClosingScreen({ controls }: { controls: ClosingControls }) {
  const [open, setOpen] = useState(true);
  controls.close = () => setOpen(false);
  controls.confirmLeave = useConfirmLeave();
  return open ? <DirtyForm /> : <p>The list</p>;
}

function DirtyForm() {
  usePendingChanges(true);
  return <form aria-label="Details" />;
}

describe('pending changes across the app', () => {
  function renderApp() {
    const moves = { navigate: vi.fn(), lock: vi.fn(), back: vi.fn() };
    render(
      <PendingChangesProvider>
        <Shell onNavigate={moves.navigate} onLock={moves.lock} />
        <EditForm onBack={moves.back} />
      </PendingChangesProvider>,
    );
    return moves;
  }

  it('lets the app move at once when no form has changes', async () => {
    const user = userEvent.setup();
    const moves = renderApp();
    await user.click(screen.getByRole('button', { name: 'Settings' }));
    expect(moves.navigate).toHaveBeenCalledOnce();
    expect(screen.queryByText('Not saved yet')).toBeNull();
  });

  it('asks in the form before the app moves away from its changes, and moves only if the survivor leaves', async () => {
    const user = userEvent.setup();
    const moves = renderApp();
    await user.type(screen.getByLabelText('Note'), 'Ana');
    await user.click(screen.getByRole('button', { name: 'Settings' }));
    expect(screen.getByText('Not saved yet')).toBeTruthy();
    expect(moves.navigate).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Keep editing' }));
    expect(moves.navigate).not.toHaveBeenCalled();
    expect((screen.getByLabelText('Note') as HTMLInputElement).value).toBe('Ana');

    await user.click(screen.getByRole('button', { name: 'Settings' }));
    await user.click(screen.getByRole('button', { name: 'Leave anyway' }));
    expect(moves.navigate).toHaveBeenCalledOnce();
    expect(moves.back).not.toHaveBeenCalled();
  });

  it('the form’s own Back asks the same question, and leaving goes back', async () => {
    const user = userEvent.setup();
    const moves = renderApp();
    await user.type(screen.getByLabelText('Note'), 'Ana');
    await user.click(screen.getByRole('button', { name: 'Back' }));
    await user.click(screen.getByRole('button', { name: 'Leave anyway' }));
    expect(moves.back).toHaveBeenCalledOnce();
    expect(moves.navigate).not.toHaveBeenCalled();
  });

  it('never stands between the survivor and Lock', async () => {
    const user = userEvent.setup();
    const moves = renderApp();
    await user.type(screen.getByLabelText('Note'), 'Ana');
    await user.click(screen.getByRole('button', { name: 'Lock' }));
    expect(moves.lock).toHaveBeenCalledOnce();
    expect(screen.queryByText('Not saved yet')).toBeNull();
  });

  it('a form that has just closed never holds the app back, even before its effects have run', async () => {
    // A form closes after an awaited save: React commits that update without flushing effects at once.
    const controls: ClosingControls = { close: () => {}, confirmLeave: () => {} };
    render(
      <PendingChangesProvider>
        <ClosingScreen controls={controls} />
      </PendingChangesProvider>,
    );
    const then = vi.fn();
    const movedRightAfterClosing = new Promise<void>((resolve) => {
      const observer = new MutationObserver(() => {
        if (screen.queryByRole('form', { name: 'Details' })) return;
        observer.disconnect();
        // The survivor's next tap, in the same moment the list appears.
        controls.confirmLeave(then);
        resolve();
      });
      observer.observe(document.body, { childList: true, subtree: true });
    });
    const wasActEnvironment = (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT;
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
    try {
      await new Promise<void>((resolve) =>
        setTimeout(() => {
          controls.close();
          resolve();
        }, 0),
      );
      await movedRightAfterClosing;
    } finally {
      (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = wasActEnvironment;
    }
    expect(then).toHaveBeenCalledOnce();
  });

  it('outside the app, moves at once', () => {
    const { result } = renderHook(() => useConfirmLeave());
    const then = vi.fn();
    result.current(then);
    expect(then).toHaveBeenCalledOnce();
  });
});

/** The app's words for a field over its limit, as the tests read them. */
const tooLong = (over: number, limit: number) => `This is ${over} too long; it can have up to ${limit}.`;

/** A field and a box at a five-character limit in a form, with the app's words and a save that checks them. */
function Limited({ onSave }: { onSave: () => void }) {
  const [name, setName] = useState('');
  const [note, setNote] = useState('');
  return (
    <FieldLimitContext.Provider value={tooLong}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (!focusOverLimit(event.currentTarget)) onSave();
        }}
      >
        <Field label="Name" limit={5} value={name} onChange={(event) => setName(event.target.value)} />
        <TextArea label="Note" limit={5} value={note} onChange={(event) => setNote(event.target.value)} />
        <button type="submit">Save</button>
      </form>
    </FieldLimitContext.Provider>
  );
}

describe('a field with a length limit', () => {
  it('keeps the whole of a paste that is too long, says by how much, and the focus stays in the field', async () => {
    const user = userEvent.setup();
    render(<Limited onSave={vi.fn()} />);
    const name = input('Name');
    await user.type(name, 'Ana');
    expect(described(name)).toEqual([]);
    expect(name.getAttribute('aria-invalid')).toBeNull();
    await user.paste('-María-José');

    expect(name.value).toBe('Ana-María-José');
    expect(name.maxLength).toBe(-1);
    expect(described(name)).toEqual(['This is 9 too long; it can have up to 5.']);
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('alert').textContent).toBe('This is 9 too long; it can have up to 5.');
    expect(document.activeElement).toBe(name);
  });

  it('a text box keeps a long paste too and says so', async () => {
    const user = userEvent.setup();
    render(<Limited onSave={vi.fn()} />);
    const note = screen.getByLabelText('Note') as HTMLTextAreaElement;
    await user.click(note);
    await user.paste('x'.repeat(10_000));

    expect(note.value).toHaveLength(10_000);
    expect(note.maxLength).toBe(-1);
    expect(described(note)).toEqual(['This is 9995 too long; it can have up to 5.']);
    expect(note.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(note);
  });

  it('says nothing at the limit itself, and the message goes once the text is short enough', async () => {
    const user = userEvent.setup();
    render(<Limited onSave={vi.fn()} />);
    const name = input('Name');
    await user.type(name, 'Ana-M');
    expect(described(name)).toEqual([]);
    await user.type(name, 'a');
    expect(described(name)).toEqual(['This is 1 too long; it can have up to 5.']);
    await user.type(name, '{Backspace}');
    expect(described(name)).toEqual([]);
    expect(name.getAttribute('aria-invalid')).toBeNull();
  });

  it('a save is refused while a field is too long: the focus goes to it and nothing typed is changed', async () => {
    const user = userEvent.setup();
    const onSave = vi.fn();
    render(<Limited onSave={onSave} />);
    const note = screen.getByLabelText('Note') as HTMLTextAreaElement;
    await user.click(note);
    await user.paste('Call after six');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(onSave).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(note);
    expect(note.value).toBe('Call after six');

    await user.clear(note);
    await user.type(note, 'Call');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSave).toHaveBeenCalledOnce();
  });

  it('a pasted phone number longer than a number can be is kept whole and named', async () => {
    const user = userEvent.setup();
    render(
      <FieldLimitContext.Provider value={tooLong}>
        <Phones initial={[newPhoneDraft('mobile')]} />
      </FieldLimitContext.Provider>,
    );
    const number = input('Number 1');
    await user.click(number);
    await user.paste('+1 202 555 0143 or ask at the bakery on Main St');
    expect(number.value).toBe('+1 202 555 0143 or ask at the bakery on Main St');
    expect(described(number)).toEqual(['This is 7 too long; it can have up to 40.']);
  });
});
