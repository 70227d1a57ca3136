import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useWidth } from './use-width.ts';

/** Records the width each render of a measured box saw. */
function Box({ initial, seen }: { initial?: () => number; seen: number[] }) {
  const [ref, width] = useWidth<HTMLDivElement>(initial);
  seen.push(width);
  return <div ref={ref} />;
}

describe('useWidth', () => {
  it('should give the known width at the first render, then the measured one', () => {
    const seen: number[] = [];
    render(<Box initial={() => 420} seen={seen} />);
    // jsdom lays nothing out, so the measurement is 0: the first render had the known width.
    expect(seen[0]).toBe(420);
    expect(seen.at(-1)).toBe(0);
  });

  it('should give 0 before layout when no width is known', () => {
    const seen: number[] = [];
    render(<Box seen={seen} />);
    expect(seen[0]).toBe(0);
  });
});
