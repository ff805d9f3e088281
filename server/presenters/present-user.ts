import type { User } from '../../shared/schemas/account';
import type { SignedInUser } from '../auth/principal';

/** The API's view of an account: never the password hash. */
export function presentUser(user: SignedInUser): User {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    municipality: user.municipality,
    isAdmin: user.isAdmin,
  };
}
