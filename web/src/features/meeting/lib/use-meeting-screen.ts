import { useSearchParams } from 'react-router';
import { isMeetingScreenSearch } from '../../../../../shared/web/meeting-screen-query';

/** Whether this page shows the board as a meeting-room screen: large type, no tools, following the presenter. */
export function useMeetingScreen(): boolean {
  const [params] = useSearchParams();
  return isMeetingScreenSearch(params.toString());
}
