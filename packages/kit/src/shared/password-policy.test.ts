import {
  ADMIN_PASSWORD_RULE,
  ageRuleProblem,
  isPasswordAllowed,
  mustChangeAfterSet,
  NOTICE_PASSWORD_RULE,
  passwordMessage,
  passwordProblems,
  passwordSetterOf,
  passwordStatus,
} from './password-policy';

const codes = (password: unknown, rule = ADMIN_PASSWORD_RULE) => passwordProblems(password, rule).map((p) => p.code);

describe('password strength (000 二(四): 至少8位，由数字和英文字母组成)', () => {
  it.each(['Review2026!', 'Passw0rd!', 'Demo2026!', 'Abcdefg1', '密码Secure2026'])('allows %s for admins', (password) => {
    expect(codes(password)).toEqual([]);
    expect(isPasswordAllowed(password)).toBe(true);
  });

  it('refuses what the notices refuse: short, digits only, letters only', () => {
    expect(codes('12345678')).toEqual(['no-letter']);
    expect(codes('abcdefgh')).toEqual(['no-digit', 'no-uppercase']);
    expect(codes('Ab1')).toEqual(['too-short']);
    expect(codes('')).toEqual(['too-short', 'no-letter', 'no-digit']);
  });

  it('asks admins for both cases, content-API accounts only for letters and digits', () => {
    expect(codes('abcdefg1')).toEqual(['no-uppercase']);
    expect(codes('ABCDEFG1')).toEqual(['no-lowercase']);
    expect(codes('abcdefg1', NOTICE_PASSWORD_RULE)).toEqual([]);
    expect(codes('12345678', NOTICE_PASSWORD_RULE)).toEqual(['no-letter']);
  });

  it('counts characters, not UTF-16 units, and refuses more than 72 UTF-8 bytes (bcrypt would cut it)', () => {
    expect(codes('Ab1密码')).toEqual(['too-short']); // 5 characters
    expect(codes(`Ab1${'密'.repeat(23)}`)).toEqual([]); // 3 + 69 = 72 bytes
    expect(codes(`Ab1${'密'.repeat(24)}`)).toEqual(['too-long']); // 75 bytes
    expect(codes(`Ab1${'😀'.repeat(2)}xyz`)).toEqual([]); // 8 characters, 4-byte emoji
  });

  it('refuses what is not text', () => {
    expect(codes(12345678)).toEqual(['not-text']);
    expect(codes(undefined)).toEqual(['not-text']);
  });

  it('says what is wrong, in each language on its own', () => {
    const message = passwordMessage(passwordProblems('12345678'));
    expect(message['zh-Hans']).toMatch(/^密码不符合要求：没有英文字母（密码至少 8 位，由数字和英文字母组成/);
    expect(message['zh-Hans']).not.toContain('password');
    expect(message.en).toMatch(/^The password does not meet the rule: it has no letter/);
  });
});

describe('who set a password, and must it be changed at first login', () => {
  it('tells the holder from an administrator and the system', () => {
    expect(passwordSetterOf(5, { kind: 'admin', id: 5 })).toBe('self');
    expect(passwordSetterOf(5, { kind: 'admin', id: 1 })).toBe('administrator');
    expect(passwordSetterOf(5, { kind: 'anonymous' })).toBe('self'); // invitation, reset link: the link's holder
    expect(passwordSetterOf(5, { kind: 'system' })).toBe('system');
  });

  it('forces a change of a password someone else set; a system-set one as configured', () => {
    expect(mustChangeAfterSet('self', true)).toBe(false);
    expect(mustChangeAfterSet('administrator', false)).toBe(true);
    expect(mustChangeAfterSet('system', false)).toBe(false);
    expect(mustChangeAfterSet('system', true)).toBe(true);
  });
});

describe('password age (每三个月更换一次)', () => {
  const rule = { maxAgeDays: 90, warnDays: 14 };
  const changed = new Date('2026-01-01T00:00:00Z');
  const day = (n: number) => new Date(changed.getTime() + n * 86_400_000);

  it('is fine until the warning window', () => {
    expect(passwordStatus({ passwordChangedAt: changed, mustChangePassword: false }, rule, day(75))).toEqual({
      mustChange: false,
      reason: null,
      expiresAt: day(90),
      warn: false,
      daysLeft: 15,
    });
  });

  it('warns in the last 14 days', () => {
    const status = passwordStatus({ passwordChangedAt: changed, mustChangePassword: false }, rule, day(76));
    expect(status).toMatchObject({ mustChange: false, warn: true, daysLeft: 14 });
    expect(passwordStatus({ passwordChangedAt: changed, mustChangePassword: false }, rule, new Date(day(90).getTime() - 1))).toMatchObject({
      mustChange: false,
      warn: true,
      daysLeft: 0,
    });
  });

  it('expires after 90 days', () => {
    expect(passwordStatus({ passwordChangedAt: changed, mustChangePassword: false }, rule, day(90))).toMatchObject({
      mustChange: true,
      reason: 'expired',
      warn: false,
    });
    expect(passwordStatus({ passwordChangedAt: changed, mustChangePassword: false }, { maxAgeDays: 30, warnDays: 5 }, day(31)).reason).toBe('expired');
  });

  it('forces an initial password whatever its age', () => {
    expect(passwordStatus({ passwordChangedAt: changed, mustChangePassword: true }, rule, day(1))).toMatchObject({ mustChange: true, reason: 'initial', warn: false });
  });

  it('knows no expiry without a change date', () => {
    expect(passwordStatus({ passwordChangedAt: null, mustChangePassword: false }, rule, day(1000))).toEqual({
      mustChange: false,
      reason: null,
      expiresAt: null,
      warn: false,
      daysLeft: null,
    });
  });

  it('checks the configured rule', () => {
    expect(ageRuleProblem(rule)).toBeNull();
    expect(ageRuleProblem({ maxAgeDays: 0, warnDays: 0 })).toMatch(/maxAgeDays/);
    expect(ageRuleProblem({ maxAgeDays: 90, warnDays: 90 })).toMatch(/warnDays/);
    expect(ageRuleProblem({ maxAgeDays: '90', warnDays: 1 })).toMatch(/maxAgeDays/);
  });
});
