import { useLayoutEffect, useRef, useState, type RefObject } from 'react';

/**
 * The content width of an element, kept current with a ResizeObserver. Before layout it is
 * `initial()` (0 when not known): a width known at the first render lets what depends on it
 * render with the rest of the tree, instead of in a second, synchronous render once measured.
 */
export function useWidth<T extends HTMLElement>(
  initial: () => number = () => 0,
): [RefObject<T | null>, number] {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(initial);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return undefined;
    setWidth(Math.floor(element.getBoundingClientRect().width));
    if (typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver((entries) => {
      const entry = entries[0];
      if (entry) setWidth(Math.floor(entry.contentRect.width));
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
    };
  }, []);
  return [ref, width];
}
