/**
 * The sign-in page, shown in place of the view the address names: the address stays as it is, so
 * signing in opens that very view (after an expired session too). `AUTH=local` asks for a username
 * and password; `AUTH=oidc` links to the provider.
 */
import type { AuthMode } from '@footfall/contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useState, type SubmitEvent } from 'react';
import { signIn } from '../api/client.ts';
import { LanguageSelect } from '../features/controls/language-select.tsx';
import { errorText } from '../api/error-text.ts';
import { useI18n } from '../i18n/locale.tsx';
import { usePathname, useSearch } from '../features/view/location.ts';
import { forgetViews, startSession } from '../features/session/session-cache.ts';
import { signInLink, signInOutcome } from '../features/session/sign-in-link.ts';

export function SignInPage({ auth }: { auth: Exclude<AuthMode, 'none'> }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const search = useSearch();
  const view = usePathname() + search;
  const outcome = signInOutcome(search);
  // What the last user (or an ended session) saw is not for whoever signs in next.
  useEffect(() => {
    forgetViews(queryClient);
  }, [queryClient]);
  return (
    <div className="app sign-in-app">
      <header className="header">
        <div className="brand">
          <h1>{t.productName}</h1>
        </div>
        <LanguageSelect />
      </header>
      <main className="sign-in">
        <h2>{t.signInTitle}</h2>
        <p>{t.signInIntro}</p>
        {auth === 'local' ? (
          <PasswordForm />
        ) : (
          <>
            {outcome !== undefined && (
              <p role="alert" className="sign-in-error">
                {outcome === 'failed'
                  ? t.signInProviderFailed
                  : t.apiErrors.SESSION_STORE_UNAVAILABLE({})}
              </p>
            )}
            <a className="button-link" href={signInLink(view)}>
              {t.signInWithProvider}
            </a>
          </>
        )}
      </main>
    </div>
  );
}

function PasswordForm() {
  const { t, locale } = useI18n();
  const queryClient = useQueryClient();
  const id = useId();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const attempt = useMutation({
    mutationFn: () => signIn(username, password),
    onSuccess: (user) => {
      startSession(queryClient, user);
    },
  });
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    attempt.mutate();
  };
  const failure = attempt.error ? errorText(attempt.error, locale) : undefined;
  return (
    <form className="sign-in-form" onSubmit={submit} aria-describedby={`${id}-error`} noValidate>
      <label htmlFor={`${id}-username`}>{t.username}</label>
      <input
        id={`${id}-username`}
        name="username"
        type="text"
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        required
        value={username}
        onChange={(event) => {
          setUsername(event.target.value);
        }}
      />
      <label htmlFor={`${id}-password`}>{t.password}</label>
      <input
        id={`${id}-password`}
        name="password"
        type="password"
        autoComplete="current-password"
        required
        value={password}
        onChange={(event) => {
          setPassword(event.target.value);
        }}
      />
      <div id={`${id}-error`} role="alert" className="sign-in-error">
        {failure && (
          <>
            <strong>{t.signInFailed}: </strong>
            {failure.text}
          </>
        )}
      </div>
      <button type="submit" disabled={attempt.isPending || username === '' || password === ''}>
        {attempt.isPending ? t.signingIn : t.signIn}
      </button>
    </form>
  );
}
