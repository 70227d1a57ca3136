import { useState } from 'react';

/**
 * The time the component mounted. "Today" for presets and default ranges is read once per mount:
 * reading the clock during render would make renders disagree.
 */
export function useNow(): number {
  const [now] = useState(() => Date.now());
  return now;
}
