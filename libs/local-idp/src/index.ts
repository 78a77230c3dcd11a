export { startLocalIdp } from './local-idp.server';
export { fetchDemoToken, type DemoToken, type FetchDemoTokenOptions } from './fetch-demo-token';
export {
  CITIZEN_ACR,
  DEMO_CLIENT,
  GATEWAY_AUDIENCE,
  GATEWAY_RESOURCE,
  TOKEN_TTL_SECONDS,
} from './local-idp.constants';
export { derivePersonalId } from './accounts';
export type {
  LocalIdp,
  LocalIdpAccount,
  LocalIdpClient,
  LocalIdpIssuers,
  LocalIdpOptions,
} from './local-idp.types';
