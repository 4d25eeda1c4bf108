import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../domain/person';
import { dialable, displayPhone } from '../../domain/phone';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { Screen } from '../../ui/Screen';
import { errorKey } from '../errors';
import { useContents, useSession } from '../notebook';
import { PersonForm } from './PersonForm';

type Editing = { kind: 'none' } | { kind: 'add' } | { kind: 'edit'; person: Person };

/** The people in the notebook: add, edit, remove (with undo). */
export function People() {
  const { t } = useTranslation('people');
  const session = useSession();
  const { people } = useContents();
  const [editing, setEditing] = useState<Editing>({ kind: 'none' });
  const [removed, setRemoved] = useState<Person | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const sorted = [...people].sort((a, b) => a.label.localeCompare(b.label));

  async function remove(person: Person) {
    setProblem(null);
    try {
      await session.removePerson(person.id);
      setRemoved(person);
    } catch (error) {
      setProblem(t(errorKey(error)));
    }
  }

  async function undo() {
    if (!removed) return;
    try {
      await session.savePerson(removed);
      setRemoved(null);
    } catch (error) {
      setProblem(t(errorKey(error)));
    }
  }

  return (
    <Screen title={t('title')}>
      {removed ? (
        <Notice tone="success">
          <div className="row row--spread">
            <span>{t('removed', { label: removed.label })}</span>
            <Button onClick={undo}>{t('common:actions.undo')}</Button>
          </div>
        </Notice>
      ) : null}
      {problem ? <Notice tone="error">{problem}</Notice> : null}
      {editing.kind === 'none' ? (
        <Button variant="primary" onClick={() => setEditing({ kind: 'add' })}>
          {t('add')}
        </Button>
      ) : (
        <PersonForm
          key={editing.kind === 'edit' ? editing.person.id : 'new'}
          person={editing.kind === 'edit' ? editing.person : undefined}
          onDone={() => setEditing({ kind: 'none' })}
        />
      )}
      {sorted.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <>
          <p className="small">{t('count', { count: sorted.length })}</p>
          <ul className="people">
            {sorted.map((person) => (
              <PersonItem
                key={person.id}
                person={person}
                onEdit={() => setEditing({ kind: 'edit', person })}
                onRemove={() => void remove(person)}
              />
            ))}
          </ul>
        </>
      )}
    </Screen>
  );
}

function PersonItem({ person, onEdit, onRemove }: { person: Person; onEdit: () => void; onRemove: () => void }) {
  const { t } = useTranslation('people');
  const phone = person.phones[0]?.number;
  return (
    <li className="person">
      <p className="person__label">{person.label}</p>
      {phone ? (
        <a className="person__phone" href={`tel:${dialable(phone)}`} dir="ltr">
          {displayPhone(phone)}
        </a>
      ) : (
        <p className="small">{t('item.noPhone')}</p>
      )}
      <div className="row">
        <Button onClick={onEdit} aria-label={`${t('common:actions.edit')}: ${person.label}`}>
          {t('common:actions.edit')}
        </Button>
        <Button variant="danger" onClick={onRemove} aria-label={`${t('common:actions.remove')}: ${person.label}`}>
          {t('common:actions.remove')}
        </Button>
      </div>
    </li>
  );
}
