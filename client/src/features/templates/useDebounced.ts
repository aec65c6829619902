import { useEffect, useState } from 'react';

/** `value` once it has stopped changing for `ms` (a preview is not asked for at every keystroke). */
export function useDebounced<T>(value: T, ms = 400): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}
