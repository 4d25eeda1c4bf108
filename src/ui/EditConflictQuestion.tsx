import { Button } from './Button';
import { FormQuestion } from './UnsavedChanges';

interface EditConflictQuestionProps {
  title: string;
  body: string;
  /** The names of the details both places changed differently, as the form labels them. */
  fields: readonly string[];
  note: string;
  keepMineLabel: string;
  keepTheirsLabel: string;
  busy: boolean;
  onKeepMine: () => void;
  onKeepTheirs: () => void;
}

/**
 * A save found that another tab changed the same record, some of the same
 * details differently: which version of those details to keep. Nothing was
 * saved yet.
 */
export function EditConflictQuestion({
  title,
  body,
  fields,
  note,
  keepMineLabel,
  keepTheirsLabel,
  busy,
  onKeepMine,
  onKeepTheirs,
}: EditConflictQuestionProps) {
  return (
    <FormQuestion title={title}>
      <p>{body}</p>
      <ul>
        {fields.map((field) => (
          <li key={field}>{field}</li>
        ))}
      </ul>
      <p className="small">{note}</p>
      <div className="row">
        <Button variant="primary" onClick={onKeepMine} disabled={busy}>
          {keepMineLabel}
        </Button>
        <Button onClick={onKeepTheirs} disabled={busy}>
          {keepTheirsLabel}
        </Button>
      </div>
    </FormQuestion>
  );
}
