import { Heading } from '@digdir/designsystemet-react';
import { useEffect, useRef, type ReactNode } from 'react';
import { takeHeadingFocus } from '../../lib/route-focus';

/** The page's one h1 (Designsystemet's heading). It can take focus so navigation can move the reader here. */
export function PageHeading({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (ref.current) takeHeadingFocus(ref.current);
  }, []);
  return (
    <Heading level={1} data-size="lg" ref={ref} tabIndex={-1} className="page-heading">
      {children}
    </Heading>
  );
}
