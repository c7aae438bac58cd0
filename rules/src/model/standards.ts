/**
 * Named standards that set the thresholds of the timeout and lifetime rules (`standard` in
 * sessionlint.config.json, `sessionlint.standard` in the editor, `settings.sessionlint.standard` in
 * ESLint). Each rule that has a threshold says in its meta (`standardOptions`) which option values a
 * standard gives it, and its README cites the requirement the numbers come from.
 *
 * OWASP ASVS 4.0.3 V3.3.2: "If authenticators permit users to remain logged in, verify that
 * re-authentication occurs periodically both when actively used or after an idle period": L1 30 days;
 * L2 12 hours or 30 minutes of inactivity; L3 12 hours or 15 minutes of inactivity. The numbers are
 * NIST SP 800-63B's reauthentication limits for AAL1 (§4.1.3), AAL2 (§4.2.3) and AAL3 (§4.3.3).
 */
export const STANDARDS = ['asvs-l1', 'asvs-l2', 'asvs-l3'] as const;

export type StandardName = (typeof STANDARDS)[number];

/** What a standard names in a message or a document. */
export const STANDARD_TITLES: Readonly<Record<StandardName, string>> = {
  'asvs-l1': 'OWASP ASVS 4.0.3 Level 1',
  'asvs-l2': 'OWASP ASVS 4.0.3 Level 2',
  'asvs-l3': 'OWASP ASVS 4.0.3 Level 3',
};

export function isStandardName(value: unknown): value is StandardName {
  return typeof value === 'string' && (STANDARDS as readonly string[]).includes(value);
}
