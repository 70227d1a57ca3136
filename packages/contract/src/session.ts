/**
 * Sign-in and the session: what `GET /api/session` answers in every mode, what
 * `POST /api/session` takes (`AUTH=local`) and answers. The web app reads the mode to decide
 * whether to show sign-in at all, and the user to show their name and stores.
 */
import { z } from './zod.ts';

/** `AUTH`: open (`none`), users from `USERS_FILE` (`local`), or an OpenID Connect provider. */
export const AUTH_MODES = ['none', 'local', 'oidc'] as const;

export type AuthMode = (typeof AUTH_MODES)[number];

/** The store list that grants every store, devices outside any store included. */
export const ALL_STORES = '*';

/** The signed-in user as the API shows them. */
export const sessionUserSchema = z.object({
  username: z.string(),
  /** The name to show (the username when none is configured). */
  name: z.string(),
  admin: z.boolean(),
  /** `['*']` for every store, otherwise the ids of the stores the user may see. */
  stores: z.array(z.string()),
});

/**
 * `GET /api/session`: the mode, and the signed-in user (`null` when nobody is signed in, and
 * always with `AUTH=none`, where everything is open).
 *
 * @example sessionSchema.parse({ auth: 'none', user: null })
 */
export const sessionSchema = z.object({
  auth: z.enum(AUTH_MODES),
  user: z.nullable(sessionUserSchema),
});

/** The longest username and password sign-in accepts (longer is a 400, never hashed). */
export const MAX_USERNAME_LENGTH = 200;
export const MAX_PASSWORD_LENGTH = 1024;

/**
 * `POST /api/session` (`AUTH=local`): the JSON body of a sign-in.
 *
 * @example signInBodySchema.parse({ username: 'manager', password: 'correct horse' })
 */
export const signInBodySchema = z.object({
  // `.check()` is a method call, which bundlers keep; marked pure, the web drops this schema.
  username: /* @__PURE__ */ z
    .string({ error: 'username must be a string' })
    .check(
      z.minLength(1, 'username is required'),
      z.maxLength(
        MAX_USERNAME_LENGTH,
        `username must be at most ${MAX_USERNAME_LENGTH} characters`,
      ),
    ),
  password: /* @__PURE__ */ z
    .string({ error: 'password must be a string' })
    .check(
      z.minLength(1, 'password is required'),
      z.maxLength(
        MAX_PASSWORD_LENGTH,
        `password must be at most ${MAX_PASSWORD_LENGTH} characters`,
      ),
    ),
});

/** `POST /api/session` → 200: the user now signed in (the session is in the cookie). */
export const signInAnswerSchema = z.object({ user: sessionUserSchema });

export type SessionUser = z.infer<typeof sessionUserSchema>;
export type Session = z.infer<typeof sessionSchema>;
export type SignInBody = z.infer<typeof signInBodySchema>;
export type SignInAnswer = z.infer<typeof signInAnswerSchema>;
