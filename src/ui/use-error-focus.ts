import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * After a refused save, takes the person to the first field to fix: the
 * first element marked aria-invalid inside `ref`, in reading order. Its
 * label and its error (tied by aria-describedby) are read out with it.
 */
export function useErrorFocus<E extends HTMLElement>() {
  const ref = useRef<E>(null);
  const [requests, setRequests] = useState(0);

  useEffect(() => {
    if (requests > 0) ref.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [requests]);

  /** Call with the errors set; the focus moves once they are on screen. */
  const focusFirstError = useCallback(() => setRequests((count) => count + 1), []);
  return { ref, focusFirstError };
}
