import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useNearViewport } from './use-near-viewport.ts';

function Section() {
  const [ref, near] = useNearViewport<HTMLDivElement>();
  return near ? <p>loaded</p> : <div ref={ref} data-testid="slot" />;
}

/** A stand-in for the browser's IntersectionObserver that the test drives by hand. */
class FakeObserver {
  static last: FakeObserver | undefined;
  readonly observed: Element[] = [];
  disconnected = false;
  constructor(
    readonly callback: IntersectionObserverCallback,
    readonly options?: IntersectionObserverInit,
  ) {
    FakeObserver.last = this;
  }
  observe(element: Element) {
    this.observed.push(element);
  }
  disconnect() {
    this.disconnected = true;
  }
  report(isIntersecting: boolean) {
    const entry = { isIntersecting, target: this.observed[0] } as IntersectionObserverEntry;
    this.callback([entry], this as unknown as IntersectionObserver);
  }
}

describe('useNearViewport', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    FakeObserver.last = undefined;
  });

  it('should hold the section back until its slot comes within half a screen of the viewport', () => {
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    render(<Section />);
    const observer = FakeObserver.last;
    expect(observer?.observed).toEqual([screen.getByTestId('slot')]);

    act(() => observer?.report(false));
    expect(screen.queryByText('loaded')).toBeNull();
    act(() => observer?.report(true));
    expect(screen.getByText('loaded')).toBeTruthy();
    expect(observer?.disconnected).toBe(true);
  });

  it('should show the section at once where there is no IntersectionObserver', () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    render(<Section />);
    expect(screen.getByText('loaded')).toBeTruthy();
  });
});
