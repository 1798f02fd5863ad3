import { Alert, ButtonGroup, ButtonLink, FormFieldTextbox, Paragraph, PrimaryActionButton } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { PlacePage } from '../layout/PlacePage';
import { signIn, type SignInFailure } from './auth';
import { useMe } from './useMe';

/** Only a path on this site. */
const localPath = (value: string | null) => (value && /^\/(?![/\\])/.test(value) ? value : '/');

/** `/inloggen`: e-mail and password, or the organisation's own provider (OIDC) when configured. */
export function SignInPage() {
  const { t } = useTranslation('living');
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { me, oidc } = useMe();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [failure, setFailure] = useState<SignInFailure | null>(null);
  const [busy, setBusy] = useState(false);
  const back = localPath(params.get('terug'));
  const providerError = params.get('fout');

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    const result = await signIn(email, password).catch(() => 'other' as const);
    setBusy(false);
    setFailure(result);
    if (result === null) void navigate(back);
  }

  return (
    <PlacePage title={t('signIn.title')} intro={t('signIn.intro')}>
      {me && <Paragraph>{t('signIn.already', { email: me.email })}</Paragraph>}
      {providerError && (
        <Alert type="error">
          <Paragraph>{t(providerError === 'geen-toegang' ? 'signIn.provider.noAccess' : 'signIn.provider.failed')}</Paragraph>
        </Alert>
      )}
      <form className="dsv-form" onSubmit={(e) => void submit(e)} noValidate>
        {failure && (
          <Alert type="error">
            <Paragraph role="alert">
              {t(
                failure === 'wrong'
                  ? 'signIn.failure.wrong'
                  : failure === 'throttled'
                    ? 'signIn.failure.throttled'
                    : 'signIn.failure.other',
              )}
            </Paragraph>
          </Alert>
        )}
        <FormFieldTextbox
          label={t('signIn.email')}
          name="email"
          type="email"
          autoComplete="username"
          value={email}
          onChange={(e) => setEmail((e.target as HTMLInputElement).value)}
          required
        />
        <FormFieldTextbox
          label={t('signIn.password')}
          name="password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword((e.target as HTMLInputElement).value)}
          required
        />
        <ButtonGroup>
          <PrimaryActionButton type="submit" disabled={busy}>
            {t('signIn.submit')}
          </PrimaryActionButton>
          {oidc && (
            <ButtonLink appearance="secondary-action-button" href={`/auth/oidc/login?returnTo=${encodeURIComponent(back)}`}>
              {t('signIn.oidc', { name: oidc })}
            </ButtonLink>
          )}
        </ButtonGroup>
      </form>
    </PlacePage>
  );
}
