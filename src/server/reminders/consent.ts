// Granular consent: a user may authorise the add-on and decline sending mail.
// Only the digest needs these two scopes, so only the digest asks for them,
// and everything else keeps working without them.
const SCOPE = 'https://www.googleapis.com/auth/';
/** MailApp.sendEmail and getRemainingDailyQuota. */
export const SEND_MAIL_SCOPE = `${SCOPE}script.send_mail`;
/** Session.getEffectiveUser().getEmail(): the address the digest goes to. */
export const EMAIL_ADDRESS_SCOPE = `${SCOPE}userinfo.email`;
export const MAIL_SCOPES = [SEND_MAIL_SCOPE, EMAIL_ADDRESS_SCOPE];

/** True when this user granted both scopes. */
// The reference documents getAuthorizationInfo(authMode, oAuthScopes); the
// @types package knows only the one-argument form.
type WithScopes = (authMode: GoogleAppsScript.Script.AuthMode, oAuthScopes: string[]) => GoogleAppsScript.Script.AuthorizationInfo;

export function hasMailScopes(): boolean {
  const info = (ScriptApp.getAuthorizationInfo as unknown as WithScopes)(ScriptApp.AuthMode.FULL, MAIL_SCOPES);
  return info.getAuthorizationStatus() !== ScriptApp.AuthorizationStatus.REQUIRED;
}

/**
 * Asks for just these scopes when they are missing: Apps Script shows the
 * consent screen and ends this execution, so the caller's next line runs only
 * once they are granted.
 */
export function requireMailScopes(): void {
  ScriptApp.requireScopes(ScriptApp.AuthMode.FULL, MAIL_SCOPES);
}

/** The address of the user the script runs as: the trigger's owner, who turned reminders on. */
export function ownAddress(): string {
  return Session.getEffectiveUser().getEmail() || '';
}
