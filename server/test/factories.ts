import type { Role } from '../../shared/schemas/role';
import type { ApiClient } from './api-client';
import type { ServerUnderTest } from './test-server';

let counter = 0;

/** A new account that joined `regionId` with `role` through an invitation, logged in on its own client. */
export async function createMember(server: ServerUnderTest, regionId: string, role: Role, name?: string) {
  counter += 1;
  const invitation = await server.admin.post(`/api/regions/${regionId}/invitations`, { role });
  if (invitation.status !== 201) throw new Error(`invitation failed: ${JSON.stringify(invitation.body)}`);
  const token = String(invitation.body.invitation.path).split('/').pop();
  const client = server.client();
  const email = `person${counter}-${Date.now()}@kommune.test`;
  const registered = await client.post(`/api/invitations/by-token/${token}/register`, {
    email,
    displayName: name ?? `Person ${counter}`,
    password: 'et-langt-passord',
  });
  if (registered.status !== 201) throw new Error(`register failed: ${JSON.stringify(registered.body)}`);
  const me = await client.get('/api/auth/me');
  return { client, userId: me.body.user.id as string, email };
}

/** A board in a region, made by the administrator. */
export async function createBoard(
  server: ServerUnderTest,
  regionId: string,
  title = 'Tavle',
  options: { archived?: boolean; kind?: 'canvas' | 'diagram' } = {},
) {
  const created = await server.admin.post(`/api/regions/${regionId}/boards`, { title, kind: options.kind ?? 'canvas' });
  if (created.status !== 201) throw new Error(`board failed: ${JSON.stringify(created.body)}`);
  const id = created.body.board.id as string;
  if (options.archived) await server.admin.post(`/api/boards/${id}/archive`);
  return id;
}

/** A share link on a board, made by the administrator; returns its id and token. */
export async function createShareLink(server: ServerUnderTest, boardId: string, access: 'view' | 'edit') {
  const created = await server.admin.post(`/api/boards/${boardId}/share-links`, { access });
  if (created.status !== 201) throw new Error(`share link failed: ${JSON.stringify(created.body)}`);
  return { id: created.body.shareLink.id as string, token: String(created.body.shareLink.path).split('/').pop()! };
}

/** Makes `client` a guest of a board through a share link token. */
export async function openShareLink(client: ApiClient, token: string) {
  const opened = await client.post(`/api/share/${token}/open`);
  if (opened.status !== 200) throw new Error(`open failed: ${JSON.stringify(opened.body)}`);
  return opened.body;
}
