import { useQuery } from '@tanstack/react-query';
import { canvasQueryKeys } from './canvas-query-keys';
import { fetchWebConfig } from './canvas-api';

/** The run-time configuration (license key); it does not change while the page is open. */
export const webConfigQuery = { queryKey: canvasQueryKeys.config(), queryFn: fetchWebConfig, staleTime: Infinity };

export function useWebConfig() {
  return useQuery(webConfigQuery);
}
