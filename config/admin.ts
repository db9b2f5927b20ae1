import type { EnvFn } from '../src/utils/env';
import { secret } from '../src/utils/env';

export default ({ env }: { env: EnvFn }) => ({
  auth: {
    secret: secret(env, 'ADMIN_JWT_SECRET', 'dev-admin-jwt-secret-change-me'),
  },
  apiToken: {
    salt: secret(env, 'API_TOKEN_SALT', 'dev-api-token-salt-change-me'),
  },
  transfer: {
    token: { salt: secret(env, 'TRANSFER_TOKEN_SALT', 'dev-transfer-token-salt-change-me') },
  },
  secrets: {
    encryptionKey: secret(env, 'ENCRYPTION_KEY', 'dev-encryption-key-change-me-0123456789'),
  },
  flags: {
    nps: false,
    promoteEE: false,
  },
});
