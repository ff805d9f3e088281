import type { ReactNode } from 'react';

interface EmptyStateProps {
  title: string;
  text: string;
  /** The next step, usually a button or a link. */
  action?: ReactNode;
  headingLevel?: 2 | 3;
}

/** Tells the reader that there is nothing here yet and what to do about it. */
export function EmptyState({ title, text, action, headingLevel = 2 }: EmptyStateProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className="empty-state">
      <Heading className="empty-state__title">{title}</Heading>
      <p>{text}</p>
      {action}
    </div>
  );
}
