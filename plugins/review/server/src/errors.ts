/** Messages in both languages and the 409 helper: one copy for the three plugins, in the kit. */
export { conflict, say, type Messages } from '@content-assurance/kit/server';
