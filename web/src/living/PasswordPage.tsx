import { Alert, FormFieldTextbox, Paragraph, PrimaryActionButton } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PlacePage } from '../layout/PlacePage';
import { choosePassword } from './auth';

/**
 * `/wachtwoord#token=…`: a one-time link (from `pnpm seed user add`, or the
 * first-administrator link at start) to choose a password. The token rides in
 * the fragment, so no server log sees it.
 */
export function PasswordPage() {
  const { t } = useTranslation('living');
  const navigate = useNavigate();
  const token = new URLSearchParams(window.location.hash.slice(1)).get('token') ?? '';
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<{ error: string; field?: string } | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await choosePassword(token, password, email);
    setProblem(result);
    if (result === null) void navigate('/');
  }

  return (
    <PlacePage title={t('password.title')} intro={t('password.intro')}>
      {!token && <Paragraph>{t('password.noToken')}</Paragraph>}
      <form className="dsv-form" onSubmit={(e) => void submit(e)} noValidate>
        {problem && !problem.field && (
          <Alert type="error">
            <Paragraph role="alert">{problem.error}</Paragraph>
          </Alert>
        )}
        <FormFieldTextbox
          label={t('password.email')}
          description={t('password.emailHelp')}
          name="email"
          type="email"
          autoComplete="username"
          value={email}
          invalid={problem?.field === 'email'}
          errorMessage={problem?.field === 'email' ? problem.error : undefined}
          onChange={(e) => setEmail((e.target as HTMLInputElement).value)}
        />
        <FormFieldTextbox
          label={t('password.password')}
          description={t('password.passwordHelp')}
          name="password"
          type="password"
          autoComplete="new-password"
          value={password}
          invalid={problem?.field === 'password' || problem?.field === 'token'}
          errorMessage={problem?.field === 'password' || problem?.field === 'token' ? problem.error : undefined}
          onChange={(e) => setPassword((e.target as HTMLInputElement).value)}
          required
        />
        <PrimaryActionButton type="submit" disabled={!token}>
          {t('password.submit')}
        </PrimaryActionButton>
      </form>
    </PlacePage>
  );
}
