/**
 * The header's user menu: who is signed in, and Sign out. Nothing at all with `AUTH=none`.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { signOut } from '../../api/client.ts';
import { sessionQuery } from '../../api/queries.ts';
import { errorText } from '../../api/error-text.ts';
import { useI18n } from '../../i18n/locale.tsx';
import { endSession } from './session-cache.ts';

export function UserMenu() {
  const { t, locale } = useI18n();
  const queryClient = useQueryClient();
  const session = useQuery(sessionQuery());
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const leave = useMutation({
    mutationFn: signOut,
    onSuccess: () => {
      endSession(queryClient);
    },
  });
  const user = session.data?.user;
  if (!user) return null;
  return (
    <div
      className="user-menu"
      onKeyDown={(event) => {
        if (event.key === 'Escape') setOpen(false);
      }}
    >
      <button
        type="button"
        className="user-menu-button"
        aria-expanded={open}
        aria-controls={panelId}
        title={t.userMenu(user.name)}
        onClick={() => {
          setOpen(!open);
        }}
      >
        {user.name}
      </button>
      <div id={panelId} className="user-menu-panel" hidden={!open}>
        <p className="user-menu-who">{t.userMenu(user.name)}</p>
        <button
          type="button"
          onClick={() => {
            leave.mutate();
          }}
          disabled={leave.isPending}
        >
          {t.signOut}
        </button>
        {leave.error && (
          <p role="alert" className="sign-in-error">
            {errorText(leave.error, locale).text}
          </p>
        )}
      </div>
    </div>
  );
}
