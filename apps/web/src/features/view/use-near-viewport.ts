import { useEffect, useRef, useState, type RefObject } from 'react';

/**
 * Whether an element has come within half a screen's height of the viewport (and stays true after).
 * Without IntersectionObserver (an old browser, jsdom) it is true at once.
 *
 * @example const [ref, near] = useNearViewport<HTMLDivElement>(); return near ? <Map /> : <div ref={ref} />;
 */
export function useNearViewport<T extends Element>(): [RefObject<T | null>, boolean] {
  const ref = useRef<T>(null);
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const element = ref.current;
    if (near || !element) return undefined;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setNear(true);
      },
      { rootMargin: '50% 0px' },
    );
    observer.observe(element);
    return () => {
      observer.disconnect();
    };
  }, [near]);
  return [ref, near];
}
