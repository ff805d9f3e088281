import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { queryKeys } from './query-keys';
import { authQuery, keepSignedOutHere, type AuthState } from './use-auth';

const signedOut: AuthState = { user: null, memberships: [], guest: null, needsSetup: false };
const ada = { ...signedOut, user: { id: 'u1', email: 'ada@planrom.test', displayName: 'Ada', municipality: null, isAdmin: true } } as unknown as AuthState;

describe('the sign-in state after logging out on purpose', () => {
  it('keeps "logged out here" through the server’s answers until someone logs in again', async () => {
    const client = new QueryClient();
    const answers = [signedOut, signedOut, ada];
    // The app's own query, answered by a stand-in for the server.
    const options = { ...authQuery, queryFn: async () => answers.shift()! };
    client.setQueryData<AuthState>(queryKeys.me(), { ...signedOut, signedOutHere: true });
    await client.fetchQuery({ ...options, staleTime: 0 });
    expect(client.getQueryData<AuthState>(queryKeys.me())?.signedOutHere).toBe(true);
    await client.fetchQuery({ ...options, staleTime: 0 });
    expect(client.getQueryData<AuthState>(queryKeys.me())?.signedOutHere).toBe(true);
    // Logged in again: the flag is gone with the signed-out state.
    await client.fetchQuery({ ...options, staleTime: 0 });
    expect(client.getQueryData<AuthState>(queryKeys.me())).toEqual(ada);
    client.clear();
  });

  it('leaves a signed-out answer alone when nobody logged out here', () => {
    expect(keepSignedOutHere(ada, signedOut)).toEqual(signedOut);
    expect(keepSignedOutHere(undefined, signedOut)).toEqual(signedOut);
  });
});
