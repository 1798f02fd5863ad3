import { forgetAnswers } from '../data/mutate';

/** Why a sign-in failed: wrong credentials, throttled, or something else. */
export type SignInFailure = 'wrong' | 'throttled' | 'other';

/** POST /auth/login; resolves null when signed in, else why not. */
export async function signIn(email: string, password: string): Promise<SignInFailure | null> {
  const res = await fetch('/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (res.status === 204) {
    await forgetAnswers();
    return null;
  }
  return res.status === 401 ? 'wrong' : res.status === 429 ? 'throttled' : 'other';
}

export async function signOut(): Promise<void> {
  await fetch('/auth/logout', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
  await forgetAnswers();
}

/** POST /auth/password with a one-time link's token; resolves null when done, else the server's message and field. */
export async function choosePassword(token: string, password: string, email: string): Promise<{ error: string; field?: string } | null> {
  const res = await fetch('/auth/password', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ token, password, ...(email ? { email } : {}) }),
  });
  if (res.status === 204) {
    await forgetAnswers();
    return null;
  }
  return (await res.json().catch(() => ({ error: `HTTP ${res.status}` }))) as { error: string; field?: string };
}
