import { Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';

interface EmptyStateProps {
  title: string;
  text: string;
  /** The next step, usually a button or a link. */
  action?: ReactNode;
  headingLevel?: 2 | 3;
}

/** Tells the reader that there is nothing here yet and what to do about it (a tinted Designsystemet card). */
export function EmptyState({ title, text, action, headingLevel = 2 }: EmptyStateProps) {
  return (
    <Card variant="tinted" className="empty-state">
      <Heading level={headingLevel} data-size="xs">
        {title}
      </Heading>
      <Paragraph>{text}</Paragraph>
      {action}
    </Card>
  );
}
