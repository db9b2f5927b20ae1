import { DEMO_PEOPLE } from './accounts';

/**
 * Fictional people for the demo units (附件3 备案表 shape: 责任领导 + one or two 信息员), filed in the unit
 * register without accounts. Deterministic, so every fresh demo database looks the same; all addresses
 * are @example.gov.cn. A place a demo account holds (./accounts: 市生态环境局's leader and officer, 集贤县政府's
 * officer) is left to that person: one register, no second 信息员 of another name.
 */
const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙', '马', '朱', '胡', '郭', '何', '林', '高', '罗'];
const GIVEN = ['建国', '丽华', '志强', '海燕', '国庆', '玉兰', '振华', '秀英', '文斌', '晓东', '春梅', '立新', '红霞', '明辉', '静怡'];

const person = (seed: number) => `${SURNAMES[seed % SURNAMES.length]}${GIVEN[(seed * 7) % GIVEN.length]}`;

const leaderTitle = (unitName: string) => (/县政府$/.test(unitName) ? '副县长' : /区政府$/.test(unitName) ? '副区长' : '副局长');

const heldByAccount = (unitName: string, duty: string) => DEMO_PEOPLE.some((p) => p.unit === unitName && p.duty === duty);

export const demoContacts = (unitName: string, index: number) => {
  const n = String(index + 1).padStart(3, '0');
  const officers = heldByAccount(unitName, 'information-officer')
    ? []
    : [
        { name: person(index * 3 + 1), title: '信息员', mobile: `13904691${n}`, email: `officer${n}a@example.gov.cn` },
        ...(index % 2 === 0 ? [{ name: person(index * 3 + 2), title: '信息员', mobile: `13904692${n}`, email: `officer${n}b@example.gov.cn` }] : []),
      ];
  return {
    ...(heldByAccount(unitName, 'leader-in-charge')
      ? {}
      : { leader: { name: person(index * 3), title: leaderTitle(unitName), mobile: `13904690${n}`, email: `leader${n}@example.gov.cn` } }),
    officers,
    alertEmail: `alerts${n}@example.gov.cn`,
  };
};
