import { useEffect, useRef, type ReactNode } from 'react';
import { takeHeadingFocus } from '../../lib/route-focus';

/** The page's one h1. It can take focus so navigation can move the reader here. */
export function PageHeading({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (ref.current) takeHeadingFocus(ref.current);
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1} className="page-heading">
      {children}
    </h1>
  );
}
