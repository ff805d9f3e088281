import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { Board } from '../../../../shared/schemas/board';
import { LoadingState } from '../../components/ui/loading-state';

// tldraw is large: only board pages of canvas boards load it.
const CanvasEditor = lazy(() => import('./components/canvas-editor'));

/** A canvas board's editor, loaded when the board page opens. */
export function CanvasBoard({ board }: { board: Board }) {
  const { t } = useTranslation();
  return (
    <Suspense fallback={<LoadingState text={t('canvas.loading')} />}>
      <CanvasEditor board={board} />
    </Suspense>
  );
}
