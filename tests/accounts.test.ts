import { ensureSuperAdmin } from '../src/bootstrap/super-admin';
import { seedDemoAccounts } from '../src/demo/accounts';
import { adminJwtFor, adminLogin } from './helpers/auth';
import { startApp, type TestApp } from './helpers/strapi';

/**
 * The account rules of the notices (000 二(四), 002 art. 8) for admin users: the password rule on every
 * path that sets one (bootstrap, register-admin, admin UI edit, invitation, reset link, CLI reset,
 * seeding), a forced change of a password someone else set, expiry after 90 days with a warning before
 * (the clock injected, never slept), and every account change in the duty change log.
 */
const CHIEF = { email: 'chief.site@example.gov.cn', password: 'Chief2026site' };
const DAY = 86_400_000;

interface Change {
  action: string;
  duty: string | null;
  dutyLabel: unknown;
  userEmail: string;
  actorEmail: string | null;
  detail: string | null;
}
interface AccountRow {
  userId: number;
  passwordSetBy: string | null;
  mustChangePassword: boolean;
}

describe('admin account rules (一人一账号, 初始密码首次登录修改, 每三个月更换, 至少8位字母和数字)', () => {
  let app: TestApp;
  let chiefToken: string;
  let officerRoleId: number;

  const as = (token: string) => ({
    get: (url: string) => app.http().get(url).set('Authorization', `Bearer ${token}`),
    put: (url: string, body: object) => app.http().put(url).set('Authorization', `Bearer ${token}`).send(body),
    post: (url: string, body: object) => app.http().post(url).set('Authorization', `Bearer ${token}`).send(body),
    delete: (url: string) => app.http().delete(url).set('Authorization', `Bearer ${token}`),
  });
  const clock = () => app.strapi.plugin('responsibility').service('clock') as { set(instant: Date | null): void };
  const setPasswords = (values: Partial<{ maxAgeDays: number; warnDays: number; seededMustChange: boolean }>) => {
    const current = app.strapi.config.get<Record<string, unknown>>('plugin::responsibility.passwords');
    app.strapi.config.set('plugin::responsibility.passwords', { ...current, ...values });
  };
  const account = async (email: string): Promise<AccountRow | null> => {
    const user = await app.strapi.db.query('admin::user').findOne({ where: { email } });
    return user ? app.strapi.db.query('plugin::responsibility.account').findOne({ where: { userId: user.id } }) : null;
  };
  const changesOf = async (email: string): Promise<Change[]> => {
    const response = await as(chiefToken).get('/responsibility/duties/changes?pageSize=100');
    expect(response.status).toBe(200);
    return (response.body.results as Change[]).filter((c) => c.userEmail === email).reverse();
  };
  const expectWeak = (response: { status: number; body: { error?: { message?: string; details?: { code?: string } } } }) => {
    expect(response.status).toBe(400);
    expect(response.body.error?.message).toMatch(/^密码不符合要求：.*。$/);
    expect(response.body.error?.message).not.toContain('The password');
    expect(response.body.error?.details?.code).toBe('WEAK_PASSWORD');
  };
  const expectGate = (response: { status: number; body: { error?: { message?: string; details?: { code?: string; reason?: string } } } }, reason: string) => {
    expect(response.status).toBe(403);
    expect(response.body.error?.details).toMatchObject({ code: 'PASSWORD_CHANGE_REQUIRED', reason });
    expect(response.body.error?.message).toMatch(reason === 'initial' ? /^请先修改初始密码：.*之后才能使用其他功能。$/ : /^密码已超过有效期，.*之后才能使用其他功能。$/);
  };

  beforeAll(async () => {
    app = await startApp({ seed: false });
    officerRoleId = (await app.strapi.db.query('admin::role').findOne({ where: { code: 'content-assurance-officer' } })).id;
  });
  afterAll(async () => {
    clock().set(null);
    await app?.close();
  });

  describe('the first super admin (ADMIN_PASSWORD, register-admin)', () => {
    it('refuses a weak ADMIN_PASSWORD: the start stops naming the variable, no admin is made', async () => {
      Object.assign(process.env, { ADMIN_EMAIL: CHIEF.email, ADMIN_PASSWORD: '12345678' });
      await expect(ensureSuperAdmin(app.strapi)).rejects.toThrow(/^ADMIN_PASSWORD: 密码不符合要求：没有英文字母/);
      // and the service refuses it too, whoever calls it
      await expect(app.strapi.service('admin::user').createFirstAdmin({ email: CHIEF.email, password: '12345678', firstname: 'a', lastname: 'b' })).rejects.toThrow(
        /密码不符合要求/,
      );
      expect(await app.strapi.db.query('admin::user').count()).toBe(0);
    });

    it('refuses a weak password on the first admin form (register-admin) with a bilingual 400', async () => {
      const response = await app.http().post('/admin/register-admin').send({ email: CHIEF.email, firstname: '网站', lastname: '管理员', password: 'abcdefgh' });
      expectWeak(response);
      expect(await app.strapi.db.query('admin::user').count()).toBe(0);
    });

    it('creates the first admin from a strong ADMIN_PASSWORD; a system-set password is changed at first login when configured', async () => {
      setPasswords({ seededMustChange: true });
      process.env.ADMIN_PASSWORD = CHIEF.password;
      await ensureSuperAdmin(app.strapi);
      setPasswords({ seededMustChange: false });
      expect(await account(CHIEF.email)).toMatchObject({ passwordSetBy: 'system', mustChangePassword: true });

      // logging in works; everything but the allowed routes answers 403 PASSWORD_CHANGE_REQUIRED
      const token = await adminLogin(app.strapi, CHIEF.email, CHIEF.password);
      expectGate(await as(token).get('/admin/users'), 'initial');
      expectGate(await as(token).get('/responsibility/my-columns'), 'initial');
      expectGate(await as(token).get('/content-manager/init'), 'initial');
      expectGate(await as(token).put('/admin/users/me', { firstname: '只改名字' }), 'initial');
      expect((await as(token).get('/admin/users/me')).status).toBe(200);
      expect((await as(token).get('/admin/users/me/permissions')).status).toBe(200);
      const status = await as(token).get('/responsibility/account/password-status');
      expect(status.status).toBe(200);
      expect(status.body).toMatchObject({ mustChange: true, reason: 'initial', warn: false, maxAgeDays: 90, warnDays: 14 });

      // the same password, or a weak one, is no change
      const same = await as(token).put('/admin/users/me', { currentPassword: CHIEF.password, password: CHIEF.password });
      expect(same.status).toBe(400);
      expect(same.body.error.details.code).toBe('SAME_PASSWORD');
      expectWeak(await as(token).put('/admin/users/me', { currentPassword: CHIEF.password, password: 'chief2026site' }));
      expect((await as(token).get('/admin/users/me')).status).toBe(200); // still logged in: nothing was changed

      CHIEF.password = 'Chief2026changed';
      const changed = await as(token).put('/admin/users/me', { currentPassword: 'Chief2026site', password: CHIEF.password });
      expect(changed.status).toBe(200);
      expect(await account(CHIEF.email)).toMatchObject({ passwordSetBy: 'self', mustChangePassword: false });
      chiefToken = await adminJwtFor(app.strapi, CHIEF.email);
      expect((await as(chiefToken).get('/admin/users')).status).toBe(200);
      expect((await as(chiefToken).get('/responsibility/my-columns')).status).toBe(200);

      const changes = await changesOf(CHIEF.email);
      expect(changes.map((c) => [c.action, c.actorEmail])).toEqual([
        ['account-created', 'system@content-assurance'],
        ['password-changed', CHIEF.email],
      ]);
      expect(changes[0]).toMatchObject({ duty: null, dutyLabel: null });
    });
  });

  describe('accounts made in the admin: invitation, edit by an administrator, disable, delete', () => {
    const EMAIL = 'officer.cz@example.gov.cn';
    let userId: number;
    let password = 'Officer2026a';

    it('invites: the person registers with a password of their own, checked against the rule, and is not forced to change it', async () => {
      const created = await as(chiefToken).post('/admin/users', { email: EMAIL, firstname: '晓明', lastname: '孙', roles: [officerRoleId] });
      expect(created.status).toBe(201);
      userId = created.body.data.id;
      const registrationToken = created.body.data.registrationToken as string;

      expectWeak(await app.http().post('/admin/register').send({ registrationToken, userInfo: { firstname: '晓明', lastname: '孙', password: 'abcdefgh' } }));
      expectWeak(await app.http().post('/admin/register').send({ registrationToken, userInfo: { firstname: '晓明', lastname: '孙', password: '1234abcd' } }));
      const registered = await app.http().post('/admin/register').send({ registrationToken, userInfo: { firstname: '晓明', lastname: '孙', password } });
      expect(registered.status).toBe(200);
      expect((await as(registered.body.data.token).get('/responsibility/my-columns')).status).toBe(200);
      expect(await account(EMAIL)).toMatchObject({ passwordSetBy: 'self', mustChangePassword: false });
    });

    it('a password an administrator sets is an initial password: checked, then changed at first login', async () => {
      expectWeak(await as(chiefToken).put(`/admin/users/${userId}`, { password: 'temp2026pass' }));
      expect((await as(chiefToken).put(`/admin/users/${userId}`, { password: 'Temp2026pass' })).status).toBe(200);
      expect(await account(EMAIL)).toMatchObject({ passwordSetBy: 'administrator', mustChangePassword: true });

      const token = await adminLogin(app.strapi, EMAIL, 'Temp2026pass');
      expectGate(await as(token).get('/responsibility/my-columns'), 'initial');
      expect((await as(token).get('/responsibility/account/password-status')).body).toMatchObject({ mustChange: true, reason: 'initial' });

      password = 'Officer2026b';
      expect((await as(token).put('/admin/users/me', { currentPassword: 'Temp2026pass', password })).status).toBe(200);
      expect((await as(token).get('/admin/users/me')).status).toBe(401); // Strapi ends the sessions on a password change
      const fresh = await adminJwtFor(app.strapi, EMAIL);
      expect((await as(fresh).get('/responsibility/my-columns')).status).toBe(200);
      expect((await as(fresh).get('/responsibility/account/password-status')).body).toMatchObject({ mustChange: false, reason: null, warn: false });
    });

    it('a reset link and the CLI reset pass the rule too', async () => {
      const future = new Date(Date.now() + 3_600_000);
      await app.strapi.db.query('admin::user').update({ where: { id: userId }, data: { resetPasswordToken: 'reset-token-1', resetPasswordTokenExpiresAt: future } });
      expectWeak(await app.http().post('/admin/reset-password').send({ resetPasswordToken: 'reset-token-1', password: 'ABCDEFG1' }));
      password = 'Officer2026c';
      expect((await app.http().post('/admin/reset-password').send({ resetPasswordToken: 'reset-token-1', password })).status).toBe(200);
      expect(await account(EMAIL)).toMatchObject({ passwordSetBy: 'self', mustChangePassword: false });

      const users = app.strapi.service('admin::user');
      await expect(users.resetPasswordByEmail(EMAIL, 'short1A')).rejects.toThrow(/密码不符合要求：少于 8 个字符/);
      await users.resetPasswordByEmail(EMAIL, 'Officer2026d');
      expect(await account(EMAIL)).toMatchObject({ passwordSetBy: 'system', mustChangePassword: false });
      password = 'Officer2026d';
    });

    it('records disabling, enabling and deleting in the duty change log, with who did it and no password', async () => {
      expect((await as(chiefToken).put(`/admin/users/${userId}`, { isActive: false })).status).toBe(200);
      expect((await as(chiefToken).put(`/admin/users/${userId}`, { isActive: true })).status).toBe(200);
      expect((await as(chiefToken).delete(`/admin/users/${userId}`)).status).toBe(200);
      expect(await account(EMAIL)).toBeNull();

      const changes = await changesOf(EMAIL);
      expect(changes.map((c) => [c.action, c.actorEmail])).toEqual([
        ['account-created', CHIEF.email],
        ['password-changed', EMAIL], // registration through the invitation
        ['password-changed', CHIEF.email], // set by the site administrator
        ['password-changed', EMAIL], // changed at first login
        ['password-changed', EMAIL], // reset link
        ['password-changed', 'system@content-assurance'], // CLI
        ['account-disabled', CHIEF.email],
        ['account-enabled', CHIEF.email],
        ['account-deleted', CHIEF.email],
      ]);
      const text = JSON.stringify(changes);
      for (const secret of ['Officer2026', 'Temp2026pass', 'reset-token-1']) expect(text).not.toContain(secret);
    });
  });

  describe('accounts seeded by code (demo accounts, the test suites)', () => {
    it('refuses a weak password from any caller of the service, and a weak DEMO_PASSWORD', async () => {
      const users = app.strapi.service('admin::user');
      await expect(users.create({ email: 'weak@example.gov.cn', firstname: 'a', lastname: 'b', password: '12345678', isActive: true, registrationToken: null, roles: [officerRoleId] })).rejects.toThrow(
        /密码不符合要求/,
      );
      process.env.DEMO_PASSWORD = '12345678';
      await expect(seedDemoAccounts(app.strapi)).rejects.toThrow(/^DEMO_PASSWORD: 密码不符合要求/);
      delete process.env.DEMO_PASSWORD;
      expect(await app.strapi.db.query('admin::user').count({ where: { email: { $in: ['weak@example.gov.cn', 'officer.sthj@example.gov.cn'] } } })).toBe(0);
    });

    it('lets accounts made by code work at once unless configured (SEEDED_ACCOUNTS_MUST_CHANGE_PASSWORD)', async () => {
      const users = app.strapi.service('admin::user');
      const base = { firstname: '测试', lastname: '用户', isActive: true, registrationToken: null, roles: [officerRoleId] };
      await users.create({ ...base, email: 'seeded.a@example.gov.cn', password: 'Review2026!' });
      expect((await as(await adminJwtFor(app.strapi, 'seeded.a@example.gov.cn')).get('/responsibility/my-columns')).status).toBe(200);

      setPasswords({ seededMustChange: true });
      await users.create({ ...base, email: 'seeded.b@example.gov.cn', password: 'Passw0rd!' });
      setPasswords({ seededMustChange: false });
      expectGate(await as(await adminJwtFor(app.strapi, 'seeded.b@example.gov.cn')).get('/responsibility/my-columns'), 'initial');
      expect((await changesOf('seeded.b@example.gov.cn')).map((c) => [c.action, c.actorEmail])).toEqual([['account-created', 'system@content-assurance']]);
    });
  });

  describe('password age (每三个月更换一次), the clock injected', () => {
    const EMAIL = 'ageing@example.gov.cn';
    let changedAt: number;

    beforeAll(async () => {
      changedAt = Date.UTC(2026, 0, 5, 2, 0, 0);
      clock().set(new Date(changedAt));
      await app.strapi.service('admin::user').create({
        email: EMAIL,
        firstname: '老',
        lastname: '密码',
        password: 'Ageing2026a',
        isActive: true,
        registrationToken: null,
        roles: [officerRoleId],
      });
    });
    afterEach(() => setPasswords({ maxAgeDays: 90, warnDays: 14 }));

    it('is fine for 76 days, warns in the last 14, and stops everything but the change after 90', async () => {
      const token = await adminJwtFor(app.strapi, EMAIL);
      const status = () => as(token).get('/responsibility/account/password-status');

      clock().set(new Date(changedAt + 75 * DAY));
      expect((await status()).body).toMatchObject({ mustChange: false, warn: false, daysLeft: 15, expiresAt: new Date(changedAt + 90 * DAY).toISOString() });
      clock().set(new Date(changedAt + 77 * DAY));
      expect((await status()).body).toMatchObject({ mustChange: false, reason: null, warn: true, daysLeft: 13 });
      expect((await as(token).get('/responsibility/my-columns')).status).toBe(200);

      clock().set(new Date(changedAt + 90 * DAY + 1000));
      expectGate(await as(token).get('/responsibility/my-columns'), 'expired');
      expect((await status()).body).toMatchObject({ mustChange: true, reason: 'expired', warn: false });
      expect((await as(token).get('/admin/users/me')).status).toBe(200);

      expect((await as(token).put('/admin/users/me', { currentPassword: 'Ageing2026a', password: 'Ageing2026b' })).status).toBe(200);
      const fresh = await adminJwtFor(app.strapi, EMAIL);
      expect((await as(fresh).get('/responsibility/my-columns')).status).toBe(200);
      expect((await as(fresh).get('/responsibility/account/password-status')).body).toMatchObject({
        mustChange: false,
        warn: false,
        expiresAt: new Date(changedAt + 180 * DAY + 1000).toISOString(),
      });
    });

    it('follows the configured age', async () => {
      const token = await adminJwtFor(app.strapi, EMAIL);
      setPasswords({ maxAgeDays: 30, warnDays: 5 });
      clock().set(new Date(changedAt + 90 * DAY + 1000 + 26 * DAY));
      expect((await as(token).get('/responsibility/account/password-status')).body).toMatchObject({ mustChange: false, warn: true, daysLeft: 4, maxAgeDays: 30 });
      clock().set(new Date(changedAt + 90 * DAY + 1000 + 31 * DAY));
      expectGate(await as(token).get('/responsibility/my-columns'), 'expired');
    });
  });
});
