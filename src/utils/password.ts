/**
 * The notices' password rule (000 二(四), 002 art. 8) for content-API accounts (users-permissions): at
 * least 8 characters, with letters and digits. One rule for the whole app: it lives in the
 * responsibility plugin's domain (pure, no Strapi), where admin accounts take it with Strapi's
 * upper- and lowercase requirement on top.
 */
import { isPasswordAllowed, NOTICE_PASSWORD_RULE } from '@content-assurance/kit/server';

export const isStrongPassword = (password: unknown): boolean => isPasswordAllowed(password, NOTICE_PASSWORD_RULE);
