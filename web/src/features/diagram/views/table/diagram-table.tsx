import type { CSSProperties, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ScrollRegion } from '../../../../components/ui/scroll-region';

/** One column of a diagram table: its header and what each row shows in it. */
export interface DiagramTableColumn<Row> {
  header: string;
  cell: (row: Row) => ReactNode;
  /** The column that names the row for screen readers (`<th scope="row">`); one per table. */
  rowHeader?: boolean;
  style?: (row: Row) => CSSProperties;
}

interface DiagramTableProps<Row> {
  /** The heading's id, for the section's accessible name. */
  headingId: string;
  heading: string;
  /** The "add" buttons beside the heading; null when reading only. */
  add: ReactNode;
  /** Said instead of the table while it has no rows. */
  empty: string;
  /** Read by screen readers before the table ("12 aktører"). */
  caption: string;
  columns: Array<DiagramTableColumn<Row>>;
  rows: Row[];
  rowKey: (row: Row) => string;
  /** The edit and delete buttons of a row; undefined when reading only (no actions column). */
  actions?: (row: Row) => ReactNode;
}

/**
 * A section of the table view: a heading with its add buttons, then a table of rows (or a sentence
 * when there are none), with the row actions in the last column. The table scrolls sideways in a
 * region of its own on a narrow screen, which the keyboard can scroll too.
 */
export function DiagramTable<Row>({ headingId, heading, add, empty, caption, columns, rows, rowKey, actions }: DiagramTableProps<Row>) {
  const { t } = useTranslation();
  return (
    <section className="diagram-table-section" aria-labelledby={headingId}>
      <div className="section__header">
        <h2 id={headingId}>{heading}</h2>
        {add}
      </div>
      {rows.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ScrollRegion label={t('diagram.table.region', { heading })}>
          <table className="diagram-table">
            <caption className="visually-hidden">{caption}</caption>
            <thead>
              <tr>
                {columns.map((column) => (
                  <th key={column.header} scope="col">
                    {column.header}
                  </th>
                ))}
                {actions ? <th scope="col">{t('diagram.table.actions')}</th> : null}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={rowKey(row)}>
                  {columns.map((column) =>
                    column.rowHeader ? (
                      <th key={column.header} scope="row" style={column.style?.(row)}>
                        {column.cell(row)}
                      </th>
                    ) : (
                      <td key={column.header} style={column.style?.(row)}>
                        {column.cell(row)}
                      </td>
                    ),
                  )}
                  {actions ? <td className="diagram-table__actions">{actions(row)}</td> : null}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </section>
  );
}
