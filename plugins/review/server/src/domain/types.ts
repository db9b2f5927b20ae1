/**
 * Shared vocabulary of the review domain: unit duties (附件3 备案表) and references to people.
 *
 * The duties are the kit's (the same as the responsibility plugin's register), so a duty read from the
 * duty table is passed here as is.
 */
export { DUTIES, DUTY_LABELS, isDuty, personName, type Duty, type Label } from '@content-assurance/kit/shared';

/** A person as recorded in decisions and the audit trail: the admin user's id and real name (一人一账号、实名). */
export interface PersonRef {
  id: number;
  name: string;
}

