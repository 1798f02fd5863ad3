import type { Context } from '../common/context.js';
import type { Partnership } from '../partnerships/partnership.type.js';
import type { SignInOptions, User } from './user.type.js';

export class AuthService {
  constructor(private readonly ctx: Context) {}

  async me(): Promise<User | null> {
    const user = this.ctx.user;
    if (!user) return null;
    const partnerships = user.partnerships.length
      ? await this.ctx.db.read<Partnership>('auth/partnerships-by-id', { ids: user.partnerships })
      : [];
    return { email: user.email, role: user.role, partnerships };
  }

  signInOptions(): SignInOptions {
    return { oidc: this.ctx.auth.oidc?.name ?? null, publicRead: this.ctx.auth.publicRead };
  }
}
