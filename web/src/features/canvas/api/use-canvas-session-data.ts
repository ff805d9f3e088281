import { useQuery } from '@tanstack/react-query';
import { canvasQueryKeys } from './canvas-query-keys';
import { fetchViewer, fetchWebConfig } from './canvas-api';

/** The run-time configuration (license key); it does not change while the page is open. */
export function useWebConfig() {
  return useQuery({ queryKey: canvasQueryKeys.config(), queryFn: fetchWebConfig, staleTime: Infinity });
}

/** The person at the keyboard, for their cursor's name and colour. */
export function useViewer() {
  return useQuery({ queryKey: canvasQueryKeys.viewer(), queryFn: fetchViewer, staleTime: 60_000 });
}
