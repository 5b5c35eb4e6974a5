// ScriptApp.getAuthorizationInfo's answer: REQUIRED for a user in assume.needsAuthorization (an
// add-on whose scopes changed, or whose access the user revoked, while its triggers keep firing).

import { GasObject, Runtime } from './runtime';
import { makeEnum, type EnumValue } from './helpers';

export const AuthorizationStatus = makeEnum(['REQUIRED', 'NOT_REQUIRED'] as const);

export class AuthorizationInfo extends GasObject {
  /** authorizedScopes: of the scopes asked about (getAuthorizationInfo(mode, scopes)), those granted; null when none were named. */
  constructor(rt: Runtime, private readonly required: boolean, private readonly authorizedScopes: string[] | null = null) { super(rt, 'AuthorizationInfo'); }
  getAuthorizationStatus(): EnumValue { return this.required ? AuthorizationStatus.REQUIRED : AuthorizationStatus.NOT_REQUIRED; }
  getAuthorizationUrl(): string | null { return this.required ? 'https://script.google.com/macros/d/fake-script-id/authorize' : null; }
  getAuthorizedScopes(): string[] | null { return this.authorizedScopes ? [...this.authorizedScopes] : null; }
}
