import { Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../common/context.js';
import { AuthService } from './auth.service.js';
import { SignInOptions, User } from './user.type.js';

@Resolver()
export class AuthResolver {
  @Query(() => User, { nullable: true, description: 'The signed-in user; null when anonymous.' })
  me(@Ctx() ctx: Context): Promise<User | null> {
    return new AuthService(ctx).me();
  }

  @Query(() => SignInOptions)
  signInOptions(@Ctx() ctx: Context): SignInOptions {
    return new AuthService(ctx).signInOptions();
  }
}
