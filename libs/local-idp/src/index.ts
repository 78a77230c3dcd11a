export { startLocalIdp } from './local-idp.server';
export { fetchDemoToken, type DemoToken, type FetchDemoTokenOptions } from './fetch-demo-token';
export {
  cancelFormAction,
  DemoBrowser,
  loginFormAction,
  sameEndpoint,
  type BrowserResponse,
} from './demo-browser';
export { LOGIN_FIELDS } from './login-page';
export {
  CITIZEN_ACR,
  citizenAcr,
  DEMO_CLIENT,
  DEMO_PASSWORD,
  DEMO_PLATFORM_CLIENT,
  GATEWAY_AUDIENCE,
  GATEWAY_RESOURCE,
  TOKEN_TTL_SECONDS,
  VNEID_CLAIMS,
  type AssuranceLevel,
} from './local-idp.constants';
export { derivePersonalId } from './accounts';
export type {
  LocalIdp,
  LocalIdpAccount,
  LocalIdpClient,
  LocalIdpIssuers,
  LocalIdpOptions,
} from './local-idp.types';
